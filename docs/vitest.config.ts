import { nodeProject } from "../vitest.shared.ts";

// The code samples of docs/ run as tests (docs/test), so the pages cannot drift from the code.
export default nodeProject("docs", new URL("../package.json", import.meta.url));
