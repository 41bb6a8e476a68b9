import { nodeProject } from "../../vitest.shared.ts";

export default nodeProject("example-react-vite", new URL("./package.json", import.meta.url));
