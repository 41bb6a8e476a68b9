import { nodeProject } from "../../vitest.shared.ts";

export default nodeProject("react", new URL("./package.json", import.meta.url));
