import { existsSync, readFileSync } from "node:fs";
import { validateScale } from "@psyscreen/core";
import { describe, expect, it } from "vitest";
import { findScaleIds } from "../scripts/find-scale-ids";

const root = new URL("../", import.meta.url);
const SCHEMA = "../../packages/core/scale.schema.json";

describe.each(findScaleIds(root))("%s/", (id) => {
  const json = JSON.parse(readFileSync(new URL(`${id}/scale.json`, root), "utf8")) as {
    $schema?: string;
    id?: string;
  };

  it("scale.json validates with no issues", () => {
    const result = validateScale(json);
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it(`scale.json points $schema at ${SCHEMA}, and its id is the folder name`, () => {
    expect(json.$schema).toBe(SCHEMA);
    expect(json.id).toBe(id);
  });

  it("ships fixtures.json and README.md beside it", () => {
    expect(existsSync(new URL(`${id}/fixtures.json`, root))).toBe(true);
    expect(existsSync(new URL(`${id}/README.md`, root))).toBe(true);
  });

  it("the engine's own text (name, score names, band labels, flag messages) is non-blank in en and zh-CN", () => {
    const result = validateScale(json);
    if (!result.success) throw new Error("scale.json does not validate");
    const texts = [
      result.data.name,
      ...result.data.flags.map((f) => f.message),
      ...result.data.scores.flatMap((s) => [s.name, ...(s.bands ?? []).map((b) => b.label)]),
    ];
    for (const text of texts) {
      expect(text.en.trim()).not.toBe("");
      expect(text["zh-CN"].trim()).not.toBe("");
    }
  });
});
