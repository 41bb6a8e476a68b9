import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listScales } from "./list-scales";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("scales/README.md table", () => {
  it("has one row per scale, saying what ships as listScales reports it", () => {
    const rows = readme.split("\n").filter((line) => /^\| `[a-z0-9-]+` /.test(line));
    expect(rows.map((row) => /^\| `([a-z0-9-]+)`/.exec(row)![1])).toEqual(
      listScales().map((s) => s.id),
    );
    for (const scale of listScales()) {
      const row = rows.find((r) => r.startsWith(`| \`${scale.id}\` `))!;
      expect(row).toContain(scale.content === "scoring-only" ? "scoring only" : "item text (en)");
      expect(row).toContain(`[${scale.id}/README.md](${scale.id}/README.md)`);
    }
  });
});
