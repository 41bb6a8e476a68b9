import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// docs/guides/registry.md shows test/guide-example.ts verbatim; this test runs it and
// checks every `// =>` the guide prints.
const guide = readFileSync(new URL("../../../docs/guides/registry.md", import.meta.url), "utf8");
const source = readFileSync(new URL("./guide-example.ts", import.meta.url), "utf8");

describe("docs/guides/registry.md", () => {
  it("shows the example file verbatim", () => {
    const body = source.slice(0, source.indexOf("\nexport {"));
    expect(guide).toContain(body);
  });

  it("prints what the example does", { timeout: 60_000 }, async () => {
    const ex = await import("./guide-example");
    const { registry, profile, s003, refused, ndjson } = ex;
    const { importCensus, overdue, viewFor, aggregateFor } = await import("@psyscreen/registry");
    expect(await importCensus(registry, ex.census)).toEqual({
      success: true,
      added: 0,
      skipped: 5,
    });
    expect((await registry.file("s-001")).status).toBe("universal");
    expect((await registry.file("s-002")).status).toBe("watch");
    expect(s003).toMatchObject({ level: "red", provisional: true });
    expect(refused.success).toBe(false);
    if (!refused.success) {
      expect(refused.issues[0]?.message).toBe("The registry has no transition watch → universal.");
    }
    expect(overdue(s003, "2026-10-14T00:00:00Z").map((o) => o.kind)).toEqual(["interview", "plan"]);
    expect(viewFor("class-teacher", s003, profile)?.needsTalk?.message["zh-CN"]).toBe("需要谈话");
    expect(viewFor("county-centre", await registry.file("s-002"), profile)).toBeNull();
    expect(aggregateFor("county-centre", await registry.files(), profile).levels).toEqual({
      yellow: null,
      orange: 0,
      red: null,
    });
    expect(ndjson.includes("s-002")).toBe(false);
    expect(ex.october.levels.map((l) => `${l.code}: ${l.files}`)).toEqual([
      "red: null",
      "orange: 0",
      "yellow: null",
    ]);
    expect(ex.page.includes("s-003") || ex.csv.includes("s-003")).toBe(false);
    for (const printed of [
      "// => { success: true, added: 5, skipped: 0 }",
      "// => { success: true, added: 0, skipped: 5 }",
      '// => "flagged-pending-review"',
      '// => "red" (provisional: true)',
      '// => ["interview", "plan"]',
      '// => "需要谈话"',
      "// => { yellow: null, orange: 0, red: null }",
      '// => ["red: null", "orange: 0", "yellow: null"]',
    ]) {
      expect(guide).toContain(printed);
    }
  });
});
