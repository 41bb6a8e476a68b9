import { describe, expect, it } from "vitest";
import { DOC_PAGES, readPage } from "./doc-pages";
import { GENERATED, regenerate } from "./render-generated";

// The status machine and the visibility matrices of the docs are rendered from the code
// (render-generated.ts); a page that differs fails here: run `npm run docs:generated`.
const pages = DOC_PAGES.map((page) => ({ page, ...readPage(page) }));

describe("generated sections of the docs", () => {
  it("the registry and privacy pages have theirs", () => {
    const specs = pages.flatMap((p) => [...p.markdown.matchAll(GENERATED)].map((m) => m[1]));
    expect(specs).toEqual(
      expect.arrayContaining([
        "status-diagram cn-k12",
        "transition-table cn-k12",
        "visibility cn-k12",
        "visibility cn-university",
      ]),
    );
  });

  it.each(pages.map((p) => [p.page, p] as const))("%s is as the code renders it", (_, p) => {
    expect(p.markdown, "run `npm run docs:generated`").toBe(regenerate(p.markdown));
  });

  it.each(pages.map((p) => [p.page, p] as const))(
    "%s: every Mermaid diagram is generated",
    (_, p) => {
      const generated = [...p.markdown.matchAll(GENERATED)].map((m) => m[2]!).join("\n");
      const diagrams = p.blocks.filter((b) => b.lang === "mermaid");
      for (const d of diagrams) expect(generated).toContain(d.code);
    },
  );
});
