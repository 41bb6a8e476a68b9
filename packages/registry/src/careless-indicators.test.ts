import { scoreResponse } from "@psyscreen/core";
import { describe, expect, it } from "vitest";
import { GAD7, PHQ9, phq9Answers, SAFETY_TEST_SCALE, sheet } from "../test/census-fixture";
import { carelessIndicators } from "./careless-indicators";
import { CARELESS_MESSAGES } from "./careless-messages";
import { CARELESS_DEFAULTS } from "./careless-options";
import { confidenceOf } from "./confidence-of";

const all = (value: number, scale = PHQ9) =>
  Object.fromEntries(scale.items.map((item) => [item.id, value]));

function indicators(
  answers: Record<string, number | null>,
  seconds: number,
  scale = PHQ9,
  options = {},
) {
  const response = sheet("s1", scale.id, answers, "2026-09-20T10:00:00Z", seconds);
  return carelessIndicators(scale, response, scoreResponse(scale, answers), options);
}

describe("carelessIndicators", () => {
  it("finds straight-lining in a response set with enough items, not at the lowest option", () => {
    expect(indicators(all(2), 300).map((i) => i.kind)).toEqual(["straight-lining"]);
    expect(indicators(all(2), 300)[0]!.params).toEqual({ items: 9, value: 2 });
    // all "not at all" is the commonest honest answer: not counted by default
    expect(indicators(all(0), 300)).toEqual([]);
    expect(indicators(all(0), 300, PHQ9, { straightLiningCountsLowest: true })).toHaveLength(1);
    // one different answer breaks the line
    expect(indicators({ ...all(2), phq9_4: 1 }, 300)).toEqual([]);
  });

  it("needs straightLiningMinItems answered items of one set (GAD-7 at 7, not at 8)", () => {
    expect(indicators(all(1, GAD7), 300, GAD7)).toHaveLength(1);
    expect(indicators(all(1, GAD7), 300, GAD7, { straightLiningMinItems: 8 })).toEqual([]);
    expect(indicators({ ...all(1, GAD7), gad7_7: null }, 300, GAD7)).toEqual([]);
  });

  it(`finds completion under ${CARELESS_DEFAULTS.minSecondsPerItem} s per answered item (Huang et al. 2012)`, () => {
    const answers = phq9Answers(6); // 9 items answered, difficulty question not shown
    expect(indicators(answers, 17).map((i) => [i.kind, i.params.secondsPerItem])).toEqual([
      ["too-fast", 1.9],
    ]);
    expect(indicators(answers, 18)).toEqual([]);
    expect(indicators(answers, 40, PHQ9, { minSecondsPerItem: 5 })).toHaveLength(1);
  });

  it("says nothing about speed without both timestamps", () => {
    const answers = phq9Answers(6);
    const response = { studentId: "s1", scaleId: "phq-9", status: "completed" as const, answers };
    expect(carelessIndicators(PHQ9, response, scoreResponse(PHQ9, answers))).toEqual([]);
  });

  it("reports a scale's validity rule, with messages in en and zh-CN", () => {
    const answers = { t1: 0, t2: 0, t3: 1, t4: 0, t5: 0, t6: 0, v1: 1, v2: 1 };
    const [en] = indicators(answers, 300, SAFETY_TEST_SCALE);
    expect(en).toMatchObject({ kind: "validity-scale", params: { flag: "validity" } });
    expect(en!.message).toContain('"validity"');
    const [zh] = indicators(answers, 300, SAFETY_TEST_SCALE, { locale: "zh-CN" });
    expect(zh!.message).toBe("量表的效度规则“validity”被触发：请谨慎解读结果，并考虑重测。");
  });
});

describe("CARELESS_MESSAGES", () => {
  it("hold the same keys and parameters in en and zh-CN", () => {
    const params = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(CARELESS_MESSAGES["zh-CN"]).sort()).toEqual(
      Object.keys(CARELESS_MESSAGES.en).sort(),
    );
    for (const key of Object.keys(CARELESS_MESSAGES.en) as (keyof typeof CARELESS_MESSAGES.en)[]) {
      expect(params(CARELESS_MESSAGES["zh-CN"][key]), key).toEqual(
        params(CARELESS_MESSAGES.en[key]),
      );
    }
  });
});

describe("confidenceOf", () => {
  it("is high with no sign, medium with one kind, low with a validity rule or two kinds", () => {
    const sign = (kind: "straight-lining" | "too-fast" | "validity-scale") => ({
      kind,
      scaleId: "x",
      params: {},
      message: "",
    });
    expect(confidenceOf([])).toBe("high");
    expect(confidenceOf([sign("too-fast")])).toBe("medium");
    expect(confidenceOf([sign("straight-lining")])).toBe("medium");
    expect(confidenceOf([sign("validity-scale")])).toBe("low");
    expect(confidenceOf([sign("too-fast"), sign("straight-lining")])).toBe("low");
  });
});
