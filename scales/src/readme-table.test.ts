import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findScaleIds } from "../scripts/find-scale-ids";
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

  it("lists every folder with a README but no scale.json as not shipped, saying why", () => {
    const root = new URL("../", import.meta.url);
    const shipped = new Set(findScaleIds(root));
    const notShipped = readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !shipped.has(e.name))
      .map((e) => e.name)
      .filter((name) => existsSync(new URL(`${name}/README.md`, root)))
      .sort();
    expect(notShipped).toContain("sdq");
    const rows = readme
      .split("\n")
      .filter((line) => /^\| [^`|][^|]* \| `[a-z0-9-]+` +\|/.test(line));
    expect(rows.map((row) => /\| `([a-z0-9-]+)` +\|/.exec(row)![1]).sort()).toEqual(notShipped);
    for (const id of notShipped) {
      const row = rows.find((r) => r.includes(`| \`${id}\` `))!;
      expect(row).toContain("not shipped: licence");
      expect(row).toContain(`[${id}/README.md](${id}/README.md)`);
    }
  });
});
