import { nodeProject } from "../../vitest.shared.ts";

export default nodeProject("survey", new URL("./package.json", import.meta.url));
