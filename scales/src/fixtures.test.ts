// One data-driven test for every scale folder: validate the definition and its fixture
// file, then score every case and compare with what the case expects. Each case is its
// own test, titled with its name and the source of its expected values.
import { readFileSync } from "node:fs";
import { checkFixtures, FixtureFileSchema, validateScale } from "@psyscreen/core";
import { describe, expect, it } from "vitest";
import { findScaleIds } from "../scripts/find-scale-ids";

const root = new URL("../", import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), "utf8"));

describe.each(findScaleIds(root))("%s fixtures", (id) => {
  const scale = validateScale(readJson(`${id}/scale.json`));
  const fixtures = FixtureFileSchema.safeParse(readJson(`${id}/fixtures.json`));

  it("has a valid definition and a valid fixture file for this scale", () => {
    expect(scale.success ? [] : scale.issues).toEqual([]);
    expect(fixtures.success ? [] : fixtures.error.issues).toEqual([]);
    expect(fixtures.data?.scale).toBe(id);
  });

  if (!scale.success || !fixtures.success) return;
  const outcomes = checkFixtures(scale.data, fixtures.data);
  fixtures.data.cases.forEach((fixture, i) => {
    it(`${fixture.name} [source: ${fixture.source}]`, () => {
      expect(outcomes[i]!.mismatches).toEqual([]);
    });
  });
});
