import { nodeProject } from "../../vitest.shared.ts";

export default nodeProject("demo-data", new URL("./package.json", import.meta.url));
