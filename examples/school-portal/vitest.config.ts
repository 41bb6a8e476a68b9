import { nodeProject } from "../../vitest.shared.ts";

export default nodeProject("school-portal", new URL("./package.json", import.meta.url));
