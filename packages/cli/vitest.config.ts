import { nodeProject } from "../../vitest.shared.ts";

export default nodeProject("cli", new URL("./package.json", import.meta.url));
