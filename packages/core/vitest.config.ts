import { nodeProject } from "../../vitest.shared.ts";

export default nodeProject("core", new URL("./package.json", import.meta.url));
