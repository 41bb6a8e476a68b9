import { describe, expect, it } from "vitest";
import { kitchenSinkScale } from "../test/sample-scales";
import { buildNormTable } from "./build-norm-table";
import { normScores } from "./norm-scores";
import { validateScale } from "./validate-scale";

describe("buildNormTable", () => {
  const table = buildNormTable({
    id: "sample_2026",
    version: "2026.1",
    source: "Synthetic sample for tests",
    group: { sex: "female", gradeMin: 7, gradeMax: 7 },
    scores: { sum_a: [10, 12, 12, 14, null, 16, Number.NaN] },
  });

  it("gives mean, SD (n − 1) and mid-point percentile ranks, leaving out nulls", () => {
    expect(table.n).toBe(5);
    const entry = table.scores.sum_a!;
    expect(entry.mean).toBe(12.8);
    expect(entry.sd).toBeCloseTo(
      Math.sqrt((2.8 ** 2 + 0.8 ** 2 * 2 + 1.2 ** 2 + 3.2 ** 2) / 4),
      12,
    );
    // 10: (0 + ½·1)/5 = 10 %; 12: (1 + ½·2)/5 = 40 %; 14: (3 + ½)/5 = 70 %; 16: (4 + ½)/5 = 90 %
    expect(entry.lookup).toEqual([
      { min: 10, max: 10, percentile: 10 },
      { min: 12, max: 12, percentile: 40 },
      { min: 14, max: 14, percentile: 70 },
      { min: 16, max: 16, percentile: 90 },
    ]);
  });

  it("makes a table a scale definition accepts and scoring uses", () => {
    const input = kitchenSinkScale();
    input.norms = [table];
    const result = validateScale(input);
    expect(result.success ? [] : result.issues).toEqual([]);
    expect(normScores(table, "sum_a", 14)).toMatchObject({ percentile: 70 });
  });

  it("gives a constant score (SD 0) its percentiles only, which a definition accepts", () => {
    const constant = buildNormTable({
      id: "constant_2026",
      version: "2026.1",
      source: "Synthetic sample for tests",
      group: {},
      scores: { sum_a: [3, 3, 3, null] },
    });
    expect(constant.scores.sum_a).toEqual({ lookup: [{ min: 3, max: 3, percentile: 50 }] });
    const input = kitchenSinkScale();
    input.norms = [constant];
    const result = validateScale(input);
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it("refuses a score with fewer than two values", () => {
    expect(() =>
      buildNormTable({
        id: "x",
        version: "1",
        source: "s",
        group: {},
        scores: { total: [3, null] },
      }),
    ).toThrow("buildNormTable requires at least 2 scores per score id");
  });
});
