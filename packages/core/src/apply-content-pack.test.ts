import { describe, expect, it } from "vitest";
import { nineItemScale } from "../test/sample-scales";
import { applyContentPack } from "./apply-content-pack";
import type { ContentPackInput } from "./content-pack-schema";
import { scoreResponse } from "./score-response";
import { isValidatedScale, validateScale } from "./validate-scale";

/** The nine-item test scale shipped "scoring only": no text, a licence that forbids it. */
function scoringOnly() {
  const input = nineItemScale();
  input.licence = { text: "Wording held by the licensor.", embedText: false };
  input.items = input.items.map(({ text: _, ...item }) => item);
  const result = validateScale(input);
  if (!result.success) throw new Error("fixture scale must validate", { cause: result.issues });
  return result.data;
}

const ids = Array.from({ length: 9 }, (_, i) => `q${i + 1}`);

function pack(): ContentPackInput {
  return {
    id: "nine-item-test-pack",
    scale: "nine-item",
    scaleVersion: "1.0.0",
    licence: { text: "Test licence", attribution: "Test attribution" },
    placeholder: true,
    locales: ["en", "zh-CN"],
    instructions: { en: "Answer every item.", "zh-CN": "请回答每一题。" },
    items: Object.fromEntries(
      ids.map((id) => [id, { en: `Wording ${id}`, "zh-CN": `措辞 ${id}` }]),
    ),
    options: { freq: { "0": { "zh-CN": "选项 0" } } },
  };
}

const codes = (result: ReturnType<typeof applyContentPack>) =>
  result.success ? [] : result.issues.map((i) => `${i.code} @ ${i.path.join("/")}`);

describe("applyContentPack", () => {
  it("merges item wording, instructions and answer labels into a scoring-only definition, which then validates and scores the same", () => {
    const def = scoringOnly();
    const result = applyContentPack(def, pack());
    expect(codes(result)).toEqual([]);
    if (!result.success) return;
    const merged = result.data;
    expect(merged.items[8]!.text).toEqual({ en: "Wording q9", "zh-CN": "措辞 q9" });
    expect(merged.instructions).toEqual({ en: "Answer every item.", "zh-CN": "请回答每一题。" });
    const set = merged.responseSets[0]!;
    expect(set.kind === "choice" && set.options[0]!.label).toEqual({
      en: "option 0",
      "zh-CN": "选项 0",
    });
    expect(merged.contentPack).toEqual({
      id: "nine-item-test-pack",
      licence: "Test licence",
      attribution: "Test attribution",
      placeholder: true,
    });
    expect(isValidatedScale(merged)).toBe(true);
    // the original is untouched, and scoring does not depend on the wording
    expect(def.items[0]!.text).toBeUndefined();
    const answers = Object.fromEntries(ids.map((id, i) => [id, i % 4]));
    expect(scoreResponse(merged, answers).scores).toEqual(scoreResponse(def, answers).scores);
  });

  it("without the stamp, text on a scoring-only definition is still refused", () => {
    const result = applyContentPack(scoringOnly(), pack());
    if (!result.success) throw new Error("expected success");
    const { contentPack: _, ...unstamped } = result.data;
    expect(validateScale(unstamped).success).toBe(false);
  });

  it("refuses a pack for another scale or another version", () => {
    expect(codes(applyContentPack(scoringOnly(), { ...pack(), scale: "phq-9" }))).toEqual([
      "content-pack-scale @ scale",
    ]);
    expect(codes(applyContentPack(scoringOnly(), { ...pack(), scaleVersion: "2.0.0" }))).toEqual([
      "content-pack-version @ scaleVersion",
    ]);
  });

  it("reports unknown item ids, missing and blank text, and undeclared locales, each once with its path", () => {
    const p = pack();
    p.items.q99 = { en: "No such item", "zh-CN": "没有这一题" };
    p.items.q2 = { en: "English only" };
    p.items.q3 = { en: "   ", "zh-CN": "措辞 q3" };
    delete p.items.q4;
    expect(codes(applyContentPack(scoringOnly(), p))).toEqual([
      "unknown-reference @ items/q99",
      "content-missing-text @ items/q2/zh-CN",
      "content-missing-text @ items/q3/en",
      "content-missing-text @ items/q4/en",
      "content-missing-text @ items/q4/zh-CN",
    ]);
    const englishOnly = pack();
    englishOnly.locales = ["en"];
    englishOnly.instructions = { en: "Answer every item." };
    englishOnly.options = undefined;
    englishOnly.items.q5 = { en: "Wording q5", "zh-CN": "措辞 q5" };
    expect(codes(applyContentPack(scoringOnly(), englishOnly))).toEqual(
      ids.map((id) => `content-locale-undeclared @ items/${id}/zh-CN`),
    );
  });

  it("accepts a pack that adds only a locale the definition lacks, keeping the embedded one", () => {
    const input = nineItemScale();
    const def = validateScale(input);
    if (!def.success) throw new Error("fixture scale must validate");
    const zhOnly = {
      ...pack(),
      locales: ["zh-CN" as const],
      instructions: undefined,
      options: undefined,
      items: Object.fromEntries(ids.map((id) => [id, { "zh-CN": `措辞 ${id}` }])),
    };
    const result = applyContentPack(def.data, zhOnly);
    expect(codes(result)).toEqual([]);
    expect(result.success && result.data.items[0]!.text).toEqual({
      en: "Item q1",
      "zh-CN": "措辞 q1",
    });
  });

  it("refuses HTML, comments and character entities, but allows a plain '<' in text", () => {
    for (const bad of ["<b>bold</b>", "a <br/> b", "x <!-- c -->", "caf&eacute;", "&#60;script"]) {
      const p = pack();
      p.items.q1 = { en: bad, "zh-CN": "措辞" };
      const result = applyContentPack(scoringOnly(), p);
      expect(codes(result)).toEqual(["content-markup @ items/q1/en"]);
    }
    const p = pack();
    p.items.q1 = { en: "less than 1 day (< 1 day), 2 < 3", "zh-CN": "少于 1 天" };
    expect(applyContentPack(scoringOnly(), p).success).toBe(true);
  });

  it("refuses options of unknown response sets or values, and malformed packs with structural issues", () => {
    const p = pack();
    p.options = { freq: { "7": { en: "seven" } }, nope: { "0": { en: "zero" } } };
    expect(codes(applyContentPack(scoringOnly(), p))).toEqual([
      "content-unknown-option @ options/freq/7",
      "unknown-reference @ options/nope",
    ]);
    const bad = applyContentPack(scoringOnly(), { scale: "nine-item", items: [] });
    expect(bad.success).toBe(false);
    expect(codes(bad).length).toBeGreaterThan(0);
  });

  it("gives messages in zh-CN on request", () => {
    const result = applyContentPack(
      scoringOnly(),
      { ...pack(), scale: "phq-9" },
      { locale: "zh-CN" },
    );
    expect(result.success ? "" : result.issues[0]!.message).toBe(
      "该内容包属于量表“phq-9”，而不是“nine-item”。",
    );
  });
});
