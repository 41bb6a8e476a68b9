import { nodeProject } from "../vitest.shared.ts";

export default nodeProject("scales", new URL("./package.json", import.meta.url));
