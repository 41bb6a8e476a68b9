import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersFor, anyAnswerArb, definitionWithAnswersArb } from "../test/arbitraries";
import { kitchenSinkScale, nineItemScale } from "../test/sample-scales";
import { compileScale } from "./compile-scale";
import { fastResponse } from "./fast-response";
import { generalResponse } from "./general-response";
import type { Locale } from "./locale";
import type { ScaleDefinition } from "./scale-definition-schema";
import type { ScaleResult } from "./scale-result";
import { scoreResponse } from "./score-response";
import { validateScale } from "./validate-scale";

function valid(input: unknown): ScaleDefinition {
  const result = validateScale(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.data;
}

/** Equal values, and the same keys in the same order (what JSON output shows). */
function expectSame(got: ScaleResult, want: ScaleResult): void {
  expect(got).toStrictEqual(want);
  expect(JSON.stringify(got)).toBe(JSON.stringify(want));
}

// mostly answers the fast path takes (in range for most response sets, null, not shown)
const commonAnswerArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 5 }) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: anyAnswerArb },
);
const localeArb = fc.constantFrom<Locale>("en", "zh-CN");

describe("scoreResponse's fast path gives the general path's result (property)", () => {
  it("on random definitions and answers, valid or not", () => {
    let fastRuns = 0;
    fc.assert(
      fc.property(
        definitionWithAnswersArb(commonAnswerArb),
        localeArb,
        fc.option(fc.constantFrom("x_unknown", "i1", "toString"), { nil: undefined }),
        ([input, values], locale, extraKey) => {
          const parsed = validateScale(input);
          fc.pre(parsed.success);
          if (!parsed.success) return;
          const answers: Record<string, unknown> = answersFor(input, values);
          if (extraKey !== undefined) answers[extraKey] = 1;
          const scale = compileScale(parsed.data);
          const general = generalResponse(scale, answers, { locale });
          const fast = fastResponse(parsed.data, answers, locale);
          if (fast !== undefined) {
            fastRuns++;
            expectSame(fast, general);
          }
          expectSame(scoreResponse(parsed.data, answers, { locale }), general);
        },
      ),
      { numRuns: 400 },
    );
    // The comparison is not vacuous: the fast path ran on many of the cases. Over 60 seeds
    // it ran 37–74 times in 400 (mean 57, SD 7), so 20 is far below chance failure.
    expect(fastRuns).toBeGreaterThan(20);
  });

  it("on the sample scales (bands, codings, compound and skipped flags, askedWhen)", () => {
    const someOptional = kitchenSinkScale();
    someOptional.id = "some-optional";
    someOptional.scores.forEach((score, k) => {
      if (k % 2 === 1) score.optional = true;
    });
    for (const input of [nineItemScale(), kitchenSinkScale(), someOptional]) {
      const def = valid(input);
      const scale = compileScale(def);
      let fastRuns = 0;
      fc.assert(
        fc.property(
          fc.tuple(
            ...def.items.map((_, i) => {
              // mostly an answer the item's response set allows
              const d = scale.analysis.domains[i]!;
              const allowed =
                d.values !== undefined
                  ? fc.constantFrom(...d.values)
                  : fc.integer({
                      min: Number.isFinite(d.min) ? Math.ceil(d.min) : -5,
                      max: Number.isFinite(d.max) ? Math.floor(d.max) : 50,
                    });
              return fc.oneof({ weight: 3, arbitrary: allowed }, commonAnswerArb);
            }),
          ),
          localeArb,
          // the order the keys come in: mostly the items', sometimes shuffled
          fc.oneof(
            { weight: 2, arbitrary: fc.constant(def.items.map((_, i) => i)) },
            {
              weight: 1,
              arbitrary: fc.shuffledSubarray(
                def.items.map((_, i) => i),
                { minLength: def.items.length },
              ),
            },
          ),
          (values, locale, order) => {
            const answers: Record<string, unknown> = {};
            for (const i of order) {
              if (values[i] !== undefined) answers[def.items[i]!.id] = values[i];
            }
            const general = generalResponse(scale, answers, { locale });
            const fast = fastResponse(def, answers, locale);
            if (fast !== undefined) {
              fastRuns++;
              expectSame(fast, general);
            }
            expectSame(scoreResponse(def, answers, { locale }), general);
          },
        ),
        { numRuns: 300 },
      );
      expect(fastRuns, def.id).toBeGreaterThan(30);
    }
  });
});

describe("scoreResponse's fast path leaves unusual answer objects to the general path", () => {
  const nine = valid(nineItemScale());
  const scale = compileScale(nine);
  const all = (v: number | null) =>
    Object.fromEntries(nine.items.map((item) => [item.id, v])) as Record<string, unknown>;

  it("takes an object of valid answers and nulls", () => {
    expect(fastResponse(nine, { ...all(1), q3: null }, "en")).toBeDefined();
  });

  it("reads an inherited answer as not shown, as the general path does", () => {
    const answers = Object.create(all(2)) as Record<string, unknown>;
    answers.q1 = 1;
    expect(fastResponse(nine, answers, "en")).toBeUndefined();
    const r = scoreResponse(nine, answers);
    expectSame(r, generalResponse(scale, answers));
    expect(r.scores.total?.value).toBeNull();
  });

  it("reads a non-enumerable own answer, as the general path does", () => {
    const answers = all(1);
    Object.defineProperty(answers, "q9", { value: 3, enumerable: false });
    expect(fastResponse(nine, answers, "en")).toBeUndefined();
    expectSame(scoreResponse(nine, answers), generalResponse(scale, answers));
    expect(scoreResponse(nine, answers).flags.map((f) => f.id)).toContain("q9_critical");
  });

  it("leaves an own undefined, text, and out-of-range answers to the general path", () => {
    for (const answers of [
      { ...all(1), q2: undefined },
      { ...all(1), q2: "2" },
      { ...all(1), q2: 7 },
      { ...all(1), q2: Number.POSITIVE_INFINITY },
      { ...all(1), q2: -0.5 },
    ]) {
      expect(fastResponse(nine, answers, "en")).toBeUndefined();
      expectSame(scoreResponse(nine, answers), generalResponse(scale, answers));
    }
  });

  it("scores again from inside a Proxy's trap without mixing the two responses", () => {
    let inner: ScaleResult | undefined;
    const target = all(3);
    const answers = new Proxy(target, {
      ownKeys(t) {
        inner ??= scoreResponse(nine, all(0));
        return Reflect.ownKeys(t);
      },
    });
    const outer = scoreResponse(nine, answers);
    expect(outer.scores.total?.value).toBe(27);
    expect(inner?.scores.total?.value).toBe(0);
    expectSame(outer, generalResponse(scale, target));
  });

  it("scores again from a getter in the middle of the answers", () => {
    let inner: ScaleResult | undefined;
    const answers = all(2);
    Object.defineProperty(answers, "q5", {
      enumerable: true,
      get() {
        inner ??= scoreResponse(nine, { ...all(null), q1: 1 });
        return 0;
      },
    });
    const outer = scoreResponse(nine, answers);
    expect(fastResponse(nine, answers, "en")).toBeDefined();
    expect(outer.scores.total?.value).toBe(16);
    expectSame(inner!, generalResponse(scale, { ...all(null), q1: 1 }));
    expectSame(outer, generalResponse(scale, { ...all(2), q5: 0 }));
  });

  it("returns results that share no object or array with the next result", () => {
    const kitchen = valid(kitchenSinkScale());
    const answers = Object.fromEntries(kitchen.items.map((item) => [item.id, null]));
    expect(fastResponse(kitchen, answers, "zh-CN")).toBeDefined();
    const first = scoreResponse(kitchen, answers, { locale: "zh-CN" });
    const want = JSON.stringify(first);
    expect(first.flags.length).toBeGreaterThan(0);
    for (const flag of first.flags) {
      flag.items.push("changed");
      flag.scores.push("changed");
    }
    first.flags.push(first.flags[0]!);
    first.issues.push(first.issues[0]!);
    for (const score of Object.values(first.scores)) score.answered = -1;
    expect(JSON.stringify(scoreResponse(kitchen, answers, { locale: "zh-CN" }))).toBe(want);
  });

  it("uses the general path for a locale outside LOCALES, as before", () => {
    const locale = "fr" as Locale;
    expect(fastResponse(nine, all(1), locale)).toBeUndefined();
    expect(fastResponse(nine, all(1), "__proto__" as Locale)).toBeUndefined();
  });
});
