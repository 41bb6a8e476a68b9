import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { batchAnswerArb, definitionArb } from "../test/arbitraries";
import { kitchenSinkScale, nineItemScale } from "../test/sample-scales";
import type { NormGroup } from "./norm-table-schema";
import type { ScaleDefinition } from "./scale-definition-schema";
import { scoreBatch } from "./score-batch";
import { scoreResponse } from "./score-response";
import { validateScale } from "./validate-scale";

const NOT_SHOWN = -9999;

/** Scores rows both ways and expects the same numbers, bands, reasons and flags. */
function expectSameAsResponse(
  def: ScaleDefinition,
  rows: (number | null | undefined)[][],
  normGroup?: NormGroup,
): void {
  const columns: Record<string, Float64Array> = {};
  def.items.forEach((item, i) => {
    columns[item.id] = Float64Array.from(rows, (row) => {
      const v = row[i];
      return v === undefined ? NOT_SHOWN : v === null ? Number.NaN : v;
    });
  });
  const batch = scoreBatch(def, columns, {
    notShownValue: NOT_SHOWN,
    ...(normGroup ? { normGroup } : {}),
  });
  expect(batch.rows).toBe(rows.length);
  rows.forEach((row, r) => {
    const answers: Record<string, number | null> = {};
    def.items.forEach((item, i) => {
      const v = row[i];
      if (v !== undefined) answers[item.id] = v;
    });
    const one = scoreResponse(def, answers, normGroup ? { normGroup } : {});
    def.scores.forEach((score) => {
      const b = batch.scores[score.id]!;
      const s = one.scores[score.id]!;
      const where = `row ${r} score ${score.id}`;
      expect(Number.isNaN(b.value[r]!) ? null : b.value[r], where).toBe(s.value);
      expect(b.band[r] === -1 ? undefined : score.bands?.[b.band[r]!]?.id, where).toBe(s.band);
      expect(b.answered[r], where).toBe(s.answered);
      expect(b.prorated[r] === 1, where).toBe(s.prorated);
      expect(
        ["", "too-many-missing", "dependency-missing", "not-finite"][b.reason[r]!] || undefined,
        where,
      ).toBe(s.reason);
      for (const key of ["z", "t", "percentile"] as const) {
        const column = b[key];
        const value = column && !Number.isNaN(column[r]!) ? column[r] : undefined;
        expect(value, `${where} ${key}`).toBe(s[key]);
      }
    });
    const fired = new Set(one.flags.map((f) => f.id));
    for (const [id, column] of Object.entries(batch.flags)) {
      expect(column[r] === 1, `row ${r} flag ${id}`).toBe(fired.has(id));
    }
    expect(batch.invalidAnswers[r], `row ${r} invalid`).toBe(one.issues.length);
  });
}

function valid(input: unknown): ScaleDefinition {
  const result = validateScale(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

describe("scoreBatch", () => {
  it("returns typed arrays per score and per flag", () => {
    const def = valid(nineItemScale());
    const q = (values: number[]) => Float64Array.from(values);
    const columns = Object.fromEntries(
      def.items.map((item, i) => [item.id, q([0, 3, i === 8 ? Number.NaN : 1])]),
    );
    const batch = scoreBatch(def, columns);
    expect(Array.from(batch.scores.total!.value)).toEqual([0, 27, 9]); // 8 × 9 / 8
    expect(Array.from(batch.scores.total!.band)).toEqual([0, 4, 1]);
    expect(Array.from(batch.scores.total!.prorated)).toEqual([0, 0, 1]);
    expect(Array.from(batch.flags.q9_critical!)).toEqual([0, 1, 0]);
    expect(Array.from(batch.flags.critical_item_unanswered!)).toEqual([0, 0, 1]);
    expect(batch.issues).toEqual([]);
  });

  it("falls back to the compiled closures where a Content-Security-Policy forbids generated code", () => {
    const columns = { q1: [1, 3, Number.NaN], q9: [0, 2, 1], q2: [2, 2, 2] };
    const expected = scoreBatch(valid(nineItemScale()), columns);
    const fresh = valid(nineItemScale()); // not yet compiled, so its loop is not cached
    let refused = 0;
    vi.stubGlobal("Function", function refuse() {
      refused++;
      throw new EvalError("Refused to evaluate a string as JavaScript (CSP)");
    });
    try {
      const fallback = scoreBatch(fresh, columns);
      expect(fallback.scores.total!.value).toEqual(expected.scores.total!.value);
      expect(fallback.flags).toEqual(expected.flags);
      expect(refused).toBe(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("takes a custom missing sentinel, treats absent columns as not shown and reports unknown columns", () => {
    const def = valid(nineItemScale());
    const columns: Record<string, number[]> = { q1: [1, 255], q9: [255, 2], extra: [1, 1] };
    const batch = scoreBatch(def, columns, { missingValue: 255 });
    expect(Array.from(batch.flags.q9_critical!)).toEqual([0, 1]);
    expect(Array.from(batch.flags.critical_item_unanswered!)).toEqual([1, 0]);
    expect(Array.from(batch.scores.total!.answered)).toEqual([1, 1]);
    expect(batch.issues.map((i) => i.code)).toEqual(["unknown-item"]);
  });

  it("gives the same numbers as scoreResponse row by row on random definitions (property)", () => {
    fc.assert(
      fc.property(
        definitionArb.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.array(fc.tuple(...input.items.map(() => batchAnswerArb)), {
              minLength: 1,
              maxLength: 12,
            }),
          ),
        ),
        ([input, rows]) => {
          const parsed = validateScale(input);
          fc.pre(parsed.success);
          if (parsed.success) expectSameAsResponse(parsed.data, rows);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("generates loops that decide exactly as the closures, whatever the sentinels (property)", {
    timeout: 60_000,
  }, () => {
    const sentinelArb = fc.constantFrom(Number.NaN, -9999, -1, 0, 3, 99);
    const cellArb = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: -1, max: 6 }) },
      { weight: 2, arbitrary: fc.constantFrom(0.5, 2.5, 99, -9999, Number.NaN) },
      { weight: 1, arbitrary: fc.constantFrom(Number.POSITIVE_INFINITY, -0, null, "2") },
    );
    fc.assert(
      fc.property(
        definitionArb.chain((input) =>
          fc.record({
            input: fc.constant(input),
            rows: fc.array(fc.tuple(...input.items.map(() => cellArb)), {
              minLength: 1,
              maxLength: 12,
            }),
            missingValue: sentinelArb,
            notShownValue: sentinelArb,
          }),
        ),
        ({ input, rows, missingValue, notShownValue }) => {
          const parsed = validateScale(input);
          fc.pre(parsed.success);
          if (!parsed.success) return;
          // plain arrays, so cells that are not numbers reach the loop as they are
          const columns = Object.fromEntries(
            parsed.data.items.map((item, i) => [item.id, rows.map((row) => row[i]) as number[]]),
          );
          const options = { missingValue, notShownValue };
          const generated = scoreBatch(parsed.data, columns, options);
          const fresh = valid(input); // not yet compiled, so no cached loop
          vi.stubGlobal("Function", function refuse() {
            throw new EvalError("no eval");
          });
          try {
            expect(generated).toEqual(scoreBatch(fresh, columns, options));
          } finally {
            vi.unstubAllGlobals();
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("overwrites an earlier result's arrays with `into`, giving what a fresh call gives (property)", {
    timeout: 60_000,
  }, () => {
    for (const [input, group] of [
      [nineItemScale(), undefined],
      [kitchenSinkScale(), { sex: "female", age: 14 } as NormGroup],
    ] as const) {
      const def = valid(input);
      const rowArb = fc.tuple(...def.items.map(() => batchAnswerArb));
      const chunkArb = fc.array(rowArb, { minLength: 5, maxLength: 5 });
      const toColumns = (rows: (number | null | undefined)[][]) =>
        Object.fromEntries(
          def.items.map((item, i) => [
            item.id,
            Float64Array.from(rows, (row) => (row[i] == null ? Number.NaN : row[i]!)),
          ]),
        );
      fc.assert(
        fc.property(chunkArb, chunkArb, (first, second) => {
          const options = group ? { normGroup: group } : {};
          const earlier = scoreBatch(def, toColumns(first), options);
          const first0 = def.scores[0]!.id;
          const buffer = earlier.scores[first0]!.value;
          const reused = scoreBatch(def, toColumns(second), { ...options, into: earlier });
          expect(reused).toEqual(scoreBatch(def, toColumns(second), options));
          expect(reused.scores[first0]!.value).toBe(buffer); // the same buffer, overwritten
        }),
        { numRuns: 100 },
      );
    }
  });

  it("writes every formula operator and function into the loop with the closures' numbers (property)", () => {
    const formulas = [
      "q1 / (q2 - 1)",
      "(q1 / (q2 - 1) > 0) + 1",
      "q1 ^ 2 - q3 * 2 + 1",
      "(q1 == q2) + (q1 != q3) + (q1 < q2) + (q1 > q2) + (q1 <= q3) + (q1 >= q3)",
      "(q1 and q2) + (q1 or not q3) + not (q2 - 1)",
      "q1 > 1 ? q2 : -q3",
      "abs(q1 - 3) + floor(q2 / 2) + ceil(q3 / 2) + sqrt(q1 - 1)",
      "round(q1 / 3, 2) + round(q2 / 2) + min(q1, q2, q3) + max(q1, q2)",
      "f1 / (q1 - 2) + (f1 > 0 ? 1 : 0)",
      // comparisons, logic and ?: on finite operands are written without NaN checks;
      // on an operand that may be NaN (a division, sqrt, round, a NaN literal) with them
      "(q1 >= 2 and not q2) + (q3 < 1 or q1 == q2) + (-q1 >= -2) + not (q1 != 0)",
      "(q1 > 1 ? q2 / (q3 - 1) : q1) + (q2 / (q3 - 2) > 0 ? 1 : q1 < 2)",
      "(floor(q1 / (q2 - 1)) >= 1) + (max(q1, q2) > min(q2, q3)) + (abs(q1 - 2) == 1)",
      "(q1 > Infinity) + (NaN < q1) + (sqrt(q2 - 1) >= 1) + (round(q3 / 2) == 1)",
      "(q1 * 1e308 * 10 > 0) + ((q1 - 1) * 1e308 * 10 - (q2 - 1) * 1e308 * 10 == 0)",
    ];
    const input = {
      ...nineItemScale(),
      items: ["q1", "q2", "q3"].map((id) => ({ id, responseSet: "freq", text: { en: id } })),
      scores: formulas.map((formula, k) => ({
        id: `f${k}`,
        name: { en: `f${k}`, "zh-CN": `f${k}` },
        method: "formula" as const,
        formula,
        range: { min: -1000, max: 1000 },
      })),
      flags: [],
    };
    const generated = valid(input);
    const row = fc.tuple(...[0, 1, 2].map(() => fc.constantFrom(0, 1, 2, 3, Number.NaN)));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const columns = Object.fromEntries(
          ["q1", "q2", "q3"].map((id, i) => [id, Float64Array.from(rows, (r) => r[i]!)]),
        );
        const fast = scoreBatch(generated, columns);
        const fresh = valid(input);
        vi.stubGlobal("Function", function refuse() {
          throw new EvalError("no eval");
        });
        try {
          expect(fast).toEqual(scoreBatch(fresh, columns));
        } finally {
          vi.unstubAllGlobals();
        }
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same bands, norms and flags as scoreResponse on the sample scales (property)", () => {
    for (const [input, group] of [
      [nineItemScale(), undefined],
      [kitchenSinkScale(), { sex: "female", age: 14 } as NormGroup],
      [kitchenSinkScale(), {} as NormGroup],
    ] as const) {
      const def = valid(input);
      const row = fc.tuple(...def.items.map(() => batchAnswerArb));
      fc.assert(
        fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rows) =>
          expectSameAsResponse(def, rows, group),
        ),
        { numRuns: 100 },
      );
    }
  });
});
