import { describe, expect, it } from "vitest";
import { kitchenSinkScale, nineItemScale, text } from "../test/sample-scales";
import type { ScaleDefinitionInput } from "./index";
import { validateScale } from "./validate-scale";

/** The codes and paths of a definition's issues (messages are tested separately). */
function issuesOf(input: unknown) {
  const result = validateScale(input);
  return result.success ? [] : result.issues.map((i) => `${i.code} @ ${i.path.join(" › ")}`);
}

function withScale(change: (def: ScaleDefinitionInput) => void): ScaleDefinitionInput {
  const def = structuredClone(nineItemScale());
  change(def);
  return def;
}

describe("validateScale", () => {
  it("accepts the sample scales and fills defaults", () => {
    const result = validateScale(nineItemScale());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.items[0]).toMatchObject({ reverse: false, weight: 1, required: true });
    expect(validateScale(kitchenSinkScale()).success).toBe(true);
  });

  it("accepts provenance for some locales only, and codes on scales, answers and scores", () => {
    const def = withScale((d) => {
      d.translations = { en: { provenance: "original", source: "Synthetic" } };
      d.codes = [{ system: "http://loinc.org", code: "0000-0" }];
      const set = d.responseSets[0]!;
      if (set.kind === "choice")
        set.options[0]!.codes = [{ system: "http://loinc.org", code: "LA0-0" }];
      d.scores[0]!.codes = [{ system: "http://loinc.org", code: "0000-1" }];
    });
    expect(issuesOf(def)).toEqual([]);
  });

  it("never throws on values that are not definitions", () => {
    for (const input of [undefined, null, 42, "phq-9", [], { id: "x" }]) {
      expect(validateScale(input).success).toBe(false);
    }
  });

  it("reports structural problems with paths that name ids", () => {
    const def = withScale((d) => {
      (d.items[2] as { responseSet: unknown }).responseSet = 3;
      (d as { extra?: unknown }).extra = true;
      d.id = "PHQ 9";
    });
    expect(issuesOf(def)).toMatchInlineSnapshot(`
      [
        "invalid-scale-id @ id",
        "invalid-type @ items › q3 › responseSet",
        "unknown-key @ extra",
      ]
    `);
  });

  it("catches duplicate ids, unknown references and reserved flag ids", () => {
    const def = withScale((d) => {
      d.items[1]!.id = "q1";
      d.items[3]!.responseSet = "nope";
      d.scores[0]!.id = "total";
      (d.scores[0] as { items: string[] }).items.push("q99");
      d.flags![1]!.id = "incomplete";
    });
    expect(issuesOf(def)).toMatchInlineSnapshot(`
      [
        "duplicate-id @ items › 1 › id",
        "duplicate-id @ flags › incomplete › id",
        "unknown-reference @ items › q4 › responseSet",
        "unknown-reference @ scores › total › items › 1",
        "unknown-reference @ scores › total › items › 9",
      ]
    `);
  });

  it("catches band gaps, overlaps, order and values outside the possible range", () => {
    const bands = (list: [string, number, number][]) =>
      withScale((d) => {
        d.scores[0]!.bands = list.map(([id, min, max]) => ({ id, min, max, label: text(id) }));
      });
    expect(
      issuesOf(
        bands([
          ["a", 0, 4],
          ["b", 6, 27],
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "band-gap @ scores › total › bands › b",
      ]
    `);
    expect(
      issuesOf(
        bands([
          ["a", 0, 5],
          ["b", 5, 27],
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "band-overlap @ scores › total › bands › b",
      ]
    `);
    expect(
      issuesOf(
        bands([
          ["a", 0, 9],
          ["b", 10, 30],
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "band-out-of-range @ scores › total › bands › b",
      ]
    `);
    expect(
      issuesOf(
        bands([
          ["a", 1, 9],
          ["b", 10, 20],
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "band-gap @ scores › total › bands › a",
        "band-gap @ scores › total › bands › b",
      ]
    `);
    expect(
      issuesOf(
        bands([
          ["b", 10, 27],
          ["a", 0, 9],
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "band-gap @ scores › total › bands › b",
        "band-order @ scores › total › bands › a",
        "band-gap @ scores › total › bands › a",
      ]
    `);
    expect(
      issuesOf(
        bands([
          ["a", 5, 4],
          ["b", 5, 27],
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "band-empty @ scores › total › bands › a",
        "band-gap @ scores › total › bands › a",
      ]
    `);
  });

  it("asks for a rounding rule before checking bands of a continuous score", () => {
    const def = kitchenSinkScale();
    const mean = def.scores.find((s) => s.id === "mean_a")!;
    delete (mean as { rounding?: unknown }).rounding;
    expect(issuesOf(def)).toMatchInlineSnapshot(`
      [
        "band-step-unknown @ scores › mean_a › bands",
      ]
    `);
  });

  it("refuses formulas with disallowed functions, constructs or unknown names", () => {
    const formula = (f: string) =>
      withScale((d) => {
        d.scores.push({
          id: "f",
          name: text("F"),
          method: "formula",
          formula: f,
          range: { min: 0, max: 100 },
        });
      });
    expect(issuesOf(formula("total * 2"))).toEqual([]);
    expect(issuesOf(formula("evaluate('1 + 1')"))).toMatchInlineSnapshot(`
      [
        "formula-function @ scores › f › formula",
      ]
    `);
    expect(issuesOf(formula("x = 5"))).toMatchInlineSnapshot(`
      [
        "formula-construct @ scores › f › formula",
      ]
    `);
    expect(issuesOf(formula("f(x) = x"))).toMatchInlineSnapshot(`
      [
        "formula-construct @ scores › f › formula",
      ]
    `);
    expect(issuesOf(formula("totl + 1"))).toMatchInlineSnapshot(`
      [
        "formula-unknown-name @ scores › f › formula",
      ]
    `);
    expect(issuesOf(formula("2 total"))).toMatchInlineSnapshot(`
      [
        "formula-construct @ scores › f › formula",
      ]
    `);
    expect(issuesOf(formula("total +"))).toMatchInlineSnapshot(`
      [
        "formula-syntax @ scores › f › formula",
      ]
    `);
    expect(issuesOf(formula('"text"'))).toMatchInlineSnapshot(`
      [
        "formula-construct @ scores › f › formula",
      ]
    `);
    expect(issuesOf(formula("round(total, 1, 2)"))).toMatchInlineSnapshot(`
      [
        "formula-syntax @ scores › f › formula",
      ]
    `);
  });

  it("catches scores that depend on each other in a cycle", () => {
    const def = withScale((d) => {
      d.scores.push(
        {
          id: "x",
          name: text("X"),
          method: "formula",
          formula: "y + 1",
          range: { min: 0, max: 9 },
        },
        {
          id: "y",
          name: text("Y"),
          method: "formula",
          formula: "x + total",
          range: { min: 0, max: 9 },
        },
      );
    });
    expect(issuesOf(def)).toMatchInlineSnapshot(`
      [
        "score-cycle @ scores",
      ]
    `);
  });

  it("catches reverse keying without bounds and minAnswered above the item count", () => {
    const def = withScale((d) => {
      d.responseSets.push({ id: "open", kind: "numeric", min: 0 });
      d.items.push({ id: "minutes", responseSet: "open", reverse: true });
      (d.scores[0] as { missing: { minAnswered: number } }).missing.minAnswered = 10;
    });
    expect(issuesOf(def)).toMatchInlineSnapshot(`
      [
        "reverse-without-bounds @ items › minutes › reverse",
        "min-answered-too-large @ scores › total › missing › minAnswered",
      ]
    `);
  });

  it("catches flags that can never fire and safety flags that use scores", () => {
    const flag = (when: unknown, kind = "positive") =>
      withScale((d) => {
        d.flags!.push({ id: "f", kind, source: "library", when, message: text("F") } as never);
      });
    expect(issuesOf(flag({ item: "q9", op: ">", value: 3 }))).toMatchInlineSnapshot(`
      [
        "flag-never-fires @ flags › f › when",
      ]
    `);
    expect(issuesOf(flag({ item: "q9", op: "==", value: 1.5 }))).toMatchInlineSnapshot(`
      [
        "flag-never-fires @ flags › f › when",
      ]
    `);
    expect(issuesOf(flag({ score: "total", op: ">=", value: 28 }))).toMatchInlineSnapshot(`
      [
        "flag-never-fires @ flags › f › when",
      ]
    `);
    expect(
      issuesOf(
        flag({
          all: [
            { item: "q1", op: ">=", value: 1 },
            { item: "q2", op: "<", value: 0 },
          ],
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "flag-never-fires @ flags › f › when",
      ]
    `);
    expect(
      issuesOf(
        flag({
          any: [
            { item: "q1", op: ">=", value: 1 },
            { item: "q2", op: "<", value: 0 },
          ],
        }),
      ),
    ).toEqual([]);
    expect(
      issuesOf(flag({ score: "total", op: ">=", value: 20 }, "critical")),
    ).toMatchInlineSnapshot(`
      [
        "safety-flag-uses-score @ flags › f › when",
      ]
    `);
    expect(issuesOf(flag({ item: "nope", op: ">=", value: 1 }))).toMatchInlineSnapshot(`
      [
        "unknown-reference @ flags › f › when › item",
      ]
    `);
  });

  it("refuses item text the licence does not allow to embed", () => {
    const def = withScale((d) => {
      d.licence.embedText = false;
    });
    expect(issuesOf(def)).toHaveLength(9);
    expect(issuesOf(def)[0]).toBe("text-not-embeddable @ items › q1 › text");
  });

  it("checks norm tables against the scores", () => {
    const def = kitchenSinkScale();
    def.norms![0]!.scores = {
      nope: { mean: 1, sd: 1 },
      sum_a: {
        lookup: [
          { min: 1, max: 5, percentile: 10 },
          { min: 5, max: 9, percentile: 20 },
        ],
      },
    };
    def.norms![1]!.group = { ageMin: 15, ageMax: 12 };
    expect(issuesOf(def)).toMatchInlineSnapshot(`
      [
        "unknown-reference @ norms › general › scores › nope",
        "norm-lookup-overlap @ norms › general › scores › sum_a › lookup",
        "range-invalid @ norms › girls_12_15 › group",
      ]
    `);
  });

  it("writes messages in zh-CN when asked", () => {
    const def = withScale((d) => {
      d.items[1]!.id = "q1";
    });
    const result = validateScale(def, { locale: "zh-CN" });
    expect(result.success ? [] : result.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "标识“q1”重复使用。",
        "未知的题目“q2”。",
      ]
    `);
  });
});
