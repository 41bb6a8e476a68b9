import { nodeProject } from "../../vitest.shared.ts";

export default nodeProject("registry", new URL("./package.json", import.meta.url));
