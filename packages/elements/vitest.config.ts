import { nodeProject } from "../../vitest.shared.ts";

export default nodeProject("elements", new URL("./package.json", import.meta.url));
