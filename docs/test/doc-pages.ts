import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type CodeBlock, codeBlocks } from "./code-blocks";

/** The repository root. */
export const repo = new URL("../../", import.meta.url).pathname.replace(/^\/@fs(?=\/)/, ""); // jsdom tests see /@fs/…

/** The folders whose pages must run every sample they show. */
const RUN_FOLDERS = ["docs/getting-started", "docs/concepts"];

/** The pages whose samples run, as paths from the repository root. */
export const DOC_PAGES: readonly string[] = RUN_FOLDERS.flatMap((folder) =>
  readdirSync(join(repo, folder))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `${folder}/${f}`),
);

/** A page's text and its fenced code blocks. */
export function readPage(page: string): { markdown: string; blocks: CodeBlock[] } {
  const markdown = readFileSync(join(repo, page), "utf8");
  return { markdown, blocks: codeBlocks(markdown) };
}

/** The languages a sample may be written in, and the test file that runs each. */
export const SAMPLE_RUNNERS: Record<string, string> = {
  ts: "docs/test/pages.test.ts (Node, `// =>` checked)",
  json: "docs/test/pages.test.ts (written to the file its `file=` names)",
  sh: "docs/test/pages.test.ts (`psyscreen` run with the built CLI, `# ` output checked)",
  mermaid: "docs/test/generated-sections.test.ts (compared with the rendering of the code)",
  html: "docs/test/html-samples.test.ts (Chromium)",
  tsx: "docs/test/react-samples.test.ts (jsdom)",
};
