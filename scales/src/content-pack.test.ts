import { readFileSync } from "node:fs";
import { applyContentPack, scoreResponse } from "@psyscreen/core";
import { describe, expect, it } from "vitest";
import { getScale } from "./get-scale";
import { listScales } from "./list-scales";

const placeholder: unknown = JSON.parse(
  readFileSync(new URL("../rses/content-pack.placeholder.json", import.meta.url), "utf8"),
);

describe("rses/content-pack.placeholder.json (placeholder text, never for respondents)", () => {
  it("merges into the scoring-only RSES: every item gets en and zh-CN text, all of it marked as placeholder", () => {
    const rses = getScale("rses");
    expect(rses.items.every((item) => item.text === undefined)).toBe(true);
    const result = applyContentPack(rses, placeholder);
    expect(result.success ? [] : result.issues).toEqual([]);
    if (!result.success) return;
    expect(result.data.contentPack).toMatchObject({ id: "rses-placeholder", placeholder: true });
    for (const item of result.data.items) {
      expect(item.text?.en).toMatch(/^\[placeholder /);
      expect(item.text?.["zh-CN"]).toMatch(/^\[占位 /);
    }
    const answers = Object.fromEntries(rses.items.map((item, i) => [item.id, i % 4]));
    expect(scoreResponse(result.data, answers).scores).toEqual(scoreResponse(rses, answers).scores);
  });

  it("is refused by another scale", () => {
    const result = applyContentPack(getScale("dass-21"), placeholder);
    expect(result.success ? [] : result.issues.map((i) => i.code)).toContain("content-pack-scale");
  });
});

describe("listScales licence report", () => {
  it("says what may be shown: item text only where the licence allows it and the text ships", () => {
    for (const s of listScales()) {
      expect(s.content === "item-text").toBe(s.licence.embedText && s.embedsItemText);
      expect(s.licence.text ?? s.licence.spdx).toBeTruthy();
      expect(s.licence.attribution).toBeTruthy();
    }
    const byContent = (c: string) =>
      listScales()
        .filter((s) => s.content === c)
        .map((s) => s.id);
    expect(byContent("scoring-only")).toEqual([
      "asq",
      "ces-dc",
      "dass-21",
      "mht",
      "mssmhs",
      "phq-a",
      "pss-10",
      "rses",
      "scared-child",
      "scared-parent",
      "scl-90",
      "upi",
      "who-5",
    ]);
    expect(byContent("item-text")).toEqual([
      "ces-d",
      "gad-2",
      "gad-7",
      "k10",
      "k6",
      "phq-2",
      "phq-9",
    ]);
  });
});
