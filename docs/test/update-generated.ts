// Rewrites the generated sections of the docs pages from the code:
//   npm run docs:generated
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DOC_PAGES, repo } from "./doc-pages";
import { regenerate } from "./render-generated";

for (const page of DOC_PAGES) {
  const path = join(repo, page);
  const before = readFileSync(path, "utf8");
  const after = regenerate(before);
  if (after !== before) {
    writeFileSync(path, after);
    console.log(`updated ${page}`);
  }
}
