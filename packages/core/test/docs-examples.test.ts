import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkFixtures, FixtureFileSchema, validateScale } from "../src/index";

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
});
