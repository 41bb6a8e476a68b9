import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getScale } from "../../../scales/src/index";
import {
  applyContentPack,
  ContentPackSchema,
  checkFixtures,
  FixtureFileSchema,
  validateScale,
} from "../src/index";

const guide = readFileSync(
  new URL("../../../docs/guides/scale-authoring.md", import.meta.url),
  "utf8",
);
const blocks = [...guide.matchAll(/```json( scale)?\n([\s\S]*?)```/g)].map((m) => ({
  scale: m[1] !== undefined,
  json: m[2]!,
}));

describe("docs/guides/scale-authoring.md examples", () => {
  it("has a scale and a fixture file whose cases pass", () => {
    const scaleBlock = blocks.find((b) => b.scale);
    const fixtureBlock = blocks.find((b) => b.json.includes('"cases"'));
    expect(scaleBlock && fixtureBlock).toBeTruthy();
    const result = validateScale(JSON.parse(scaleBlock!.json));
    expect(result.success ? [] : result.issues).toEqual([]);
    if (!result.success) return;
    const outcomes = checkFixtures(
      result.data,
      FixtureFileSchema.parse(JSON.parse(fixtureBlock!.json)),
    );
    expect(outcomes.flatMap((o) => o.mismatches)).toEqual([]);
  });

  it("runs every other JSON block: the $schema line points at a real file, the content pack applies", () => {
    const others = blocks.filter((b) => !b.scale && !b.json.includes('"cases"'));
    expect(others.length).toBe(2);
    for (const { json } of others) {
      const value = JSON.parse(json) as Record<string, unknown>;
      if ("$schema" in value) {
        const schema = new URL(`../../../docs/guides/${value.$schema}`, import.meta.url);
        expect(existsSync(schema), String(value.$schema)).toBe(true);
        continue;
      }
      const pack = ContentPackSchema.parse(value);
      // the page shows one item and one option label: the merge refuses the pack and
      // names exactly the texts the excerpt leaves out, in the pack's one locale
      const scale = getScale(pack.scale);
      const merged = applyContentPack(scale, pack);
      expect(merged.success).toBe(false);
      if (merged.success) return;
      const missing = merged.issues.map((i) => `${i.code} ${i.path.join(".")}`);
      const items = scale.items.filter((i) => i.id !== "rses_satisfied");
      for (const item of items)
        expect(missing).toContain(`content-missing-text items.${item.id}.zh-CN`);
      expect(missing.every((m) => m.startsWith("content-missing-") && m.endsWith("zh-CN"))).toBe(
        true,
      );
    }
  });
});
