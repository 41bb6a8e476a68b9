import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { referenceReliability } from "../test/reference-reliability";
import { fQuantile } from "./f-quantile";
import { oneFactorLoadings } from "./one-factor-loadings";
import { reliability } from "./reliability";
import { symmetricEigen } from "./symmetric-eigen";

// 200 synthetic respondents × 6 items (0–3), generated with a seeded one-factor model.
const csv = readFileSync(
  new URL("../test/fixtures/reliability-sample.csv", import.meta.url),
  "utf8",
);
const rows = csv
  .trim()
  .split("\n")
  .slice(1)
  .map((l) => l.split(",").map(Number));
const columns = rows[0]!.map((_, i) => Float64Array.from(rows, (r) => r[i]!));

describe("reliability", () => {
  // Reference: R 4.2.2, psych 2.2.9, alpha(read.csv("reliability-sample.csv")),
  // printed with options(digits = 10).
  it("agrees with R psych::alpha on the sample (α, standardized α, r̄, Feldt CI)", () => {
    const r = reliability(columns);
    expect(r.n).toBe(200);
    expect(r.alpha).toBeCloseTo(0.6450371842, 9);
    expect(r.standardizedAlpha).toBeCloseTo(0.6405348862, 9);
    expect(r.averageR).toBeCloseTo(0.2289811716, 9);
    expect(r.ci.lower).toBeCloseTo(0.563016990006, 9);
    expect(r.ci.upper).toBeCloseTo(0.716154335103, 9);
  });

  it("agrees with R psych::alpha per item (r.drop, α if deleted, mean, sd, frequencies)", () => {
    const r = reliability(columns);
    const psych = {
      rDrop: [0.5442060235, 0.4608194816, 0.4536200005, 0.4051054146, 0.2720736338, 0.1313680472],
      alphaIfDeleted: [
        0.5346944505, 0.5699896421, 0.5701432366, 0.590988401, 0.6390346913, 0.6825191444,
      ],
      mean: [1.335, 1.4, 1.385, 1.315, 1.415, 1.205],
      sd: [0.9365686328, 0.9022584728, 0.9907993829, 0.8999022839, 0.9148550699, 0.8699188433],
    };
    r.itemStats.forEach((item, i) => {
      expect(item.rDrop).toBeCloseTo(psych.rDrop[i]!, 9);
      expect(item.alphaIfDeleted).toBeCloseTo(psych.alphaIfDeleted[i]!, 9);
      expect(item.mean).toBeCloseTo(psych.mean[i]!, 9);
      expect(item.sd).toBeCloseTo(psych.sd[i]!, 9);
    });
    expect(r.itemStats[0]!.frequencies).toEqual([
      { value: 0, proportion: 0.2 },
      { value: 1, proportion: 0.39 },
      { value: 2, proportion: 0.285 },
      { value: 3, proportion: 0.125 },
    ]);
  });

  // Reference: R 4.2.2 Patched (2022-11-10 r83330), psych 2.2.9, GPArotation installed,
  //   d <- read.csv("reliability-sample.csv"); options(digits = 12)
  //   f <- fa(d, nfactors = 1, fm = "minres"); unclass(f$loadings)[, 1]
  //   omega(d, nfactors = 1, fm = "minres", plot = FALSE)$omega.tot
  // psych's minres stops its optimizer (optim, L-BFGS-B) near the minimum, ours iterates
  // principal axes to the fixed point (communalities within 1e-12): loadings agree to
  // 1e-5, ω total to 1e-7.
  it("agrees with R psych::omega and psych::fa (ω total and one-factor minres loadings)", () => {
    const r = reliability(columns);
    expect(r.omega.converged).toBe(true);
    expect(Math.abs(r.omega.total - 0.659644034961)).toBeLessThan(1e-7);
    const psych = [
      0.708907409154, 0.596161976442, 0.577917174906, 0.535979626527, 0.3403167029, 0.15739848868,
    ];
    r.omega.loadings.forEach((l, i) => {
      expect(Math.abs(l - psych[i]!)).toBeLessThan(1e-5);
    });
  });

  it("recovers the loadings of an exact one-factor correlation matrix", () => {
    // r_ij = λ_i λ_j with λ = (0.8, 0.6, 0.5, 0.7): any correct minres fit returns λ
    const lambda = [0.8, 0.6, 0.5, 0.7];
    const model = oneFactorLoadings(
      lambda.map((a, i) => lambda.map((b, j) => (i === j ? 1 : a * b))),
    );
    model.loadings.forEach((l, i) => {
      expect(l).toBeCloseTo(lambda[i]!, 9);
    });
    expect(model.communalities[0]).toBeCloseTo(0.64, 9);
    expect(() =>
      oneFactorLoadings([
        [1, 0.5],
        [0.5, 1],
      ]),
    ).toThrow("at least 3 items");
  });

  it("gives ω total ≥ the one-factor share and NaN for two items", () => {
    expect(
      reliability([
        [1, 2, 3],
        [2, 2, 3],
      ]).omega.total,
    ).toBeNaN();
    const r = reliability(columns);
    expect(r.omega.total).toBeGreaterThan(r.alpha); // ω ≥ α for congeneric items
    expect(r.omega.total).toBeLessThanOrEqual(1);
  });

  it("finds eigenvalues and unit eigenvectors of a symmetric matrix", () => {
    const m = [
      [4, 1, 2],
      [1, 3, 0],
      [2, 0, 5],
    ];
    const { values, vectors } = symmetricEigen(m);
    expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(12, 12); // the trace
    values.forEach((lambda, j) => {
      const v = vectors[j]!;
      expect(Math.hypot(...v)).toBeCloseTo(1, 12);
      m.forEach((row, i) => {
        expect(row.reduce((a, x, c) => a + x * v[c]!, 0)).toBeCloseTo(lambda * v[i]!, 10);
      });
    });
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it("computes F quantiles as R's qf does", () => {
    expect(fQuantile(0.975, 10, 20)).toBeCloseTo(2.773671375199081, 9);
    expect(fQuantile(0.025, 199, 995)).toBeCloseTo(0.799649011866953, 9);
    expect(fQuantile(0.975, 199, 995)).toBeCloseTo(1.231067003511354, 9);
    expect(fQuantile(0.5, 3, 7)).toBeCloseTo(0.870944253187285, 9);
    expect(fQuantile(0.99, 1, 1) / 4052.1806954768).toBeCloseTo(1, 6);
  });

  it("leaves out respondents with a missing answer and counts them", () => {
    const withGaps = columns.map((c, i) =>
      Float64Array.from(c, (v, r) => (r % 10 === i ? Number.NaN : v)),
    );
    const r = reliability(withGaps);
    expect(r.n + r.excluded).toBe(200);
    expect(r.excluded).toBe(120); // rows r with r mod 10 in 0..5
  });

  it("gives α = 1 for identical items and refuses too little data", () => {
    expect(
      reliability([
        [1, 2, 3, 4],
        [1, 2, 3, 4],
        [1, 2, 3, 4],
      ]).alpha,
    ).toBeCloseTo(1, 12);
    expect(() => reliability([[1, 2, 3]])).toThrow("reliability requires at least 2 items");
  });

  it("has no α when the total does not vary, though every item does", () => {
    // each row sums to 5: the covariances cancel to rounding error, not to a huge α
    const rows = [
      [2, 0, 3],
      [2, 3, 0],
      [2, 2, 1],
      [1, 1, 3],
      [3, 0, 2],
    ];
    const cols = [0, 1, 2].map((i) => rows.map((row) => row[i]!));
    expect(reliability(cols).alpha).toBeNaN();
  });

  it("keeps α at or below 1 and the interval around α (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 3 }),
            fc.integer({ min: 0, max: 3 }),
            fc.integer({ min: 0, max: 3 }),
          ),
          { minLength: 5, maxLength: 40 },
        ),
        (data) => {
          const cols = [0, 1, 2].map((i) => data.map((row) => row[i]!));
          const r = reliability(cols);
          fc.pre(Number.isFinite(r.alpha));
          expect(r.alpha).toBeLessThanOrEqual(1 + 1e-12);
          expect(r.ci.lower).toBeLessThanOrEqual(r.alpha + 1e-12);
          expect(r.ci.upper).toBeGreaterThanOrEqual(r.alpha - 1e-12);
        },
      ),
    );
  });
});

describe("reliability's single pass gives the plain matrix computation's numbers (property)", () => {
  // answers: mostly a short integer scale; sometimes missing, fractional or far apart
  const cell = fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 0, max: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY) },
    { weight: 1, arbitrary: fc.constantFrom(0.5, -0, -2, 10_000, 1e6 + 0.25) },
  );
  it("n, α, r̄, and per item mean, sd, r.drop, α if deleted and frequencies, exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 7 }).chain((k) =>
          fc.array(fc.array(cell, { minLength: k, maxLength: k }), {
            minLength: 3,
            maxLength: 60,
          }),
        ),
        fc.boolean(),
        (table, typed) => {
          const k = table[0]!.length;
          const cols = Array.from({ length: k }, (_, i) => table.map((row) => row[i]!));
          const input = typed ? cols.map((c) => Float64Array.from(c)) : cols;
          const want = referenceReliability(input);
          fc.pre(want.n >= 2);
          const got = reliability(input);
          expect(got.n).toBe(want.n);
          expect(got.excluded).toBe(want.excluded);
          expect(got.alpha).toBe(want.alpha);
          expect(got.averageR).toBe(want.averageR);
          got.itemStats.forEach((item, i) => {
            const w = want.items[i]!;
            expect(item.mean).toBe(w.mean);
            expect(item.sd).toBe(w.sd);
            expect(item.rDrop).toBe(w.rDrop);
            expect(item.alphaIfDeleted).toBe(w.alphaIfDeleted);
            expect(item.frequencies).toStrictEqual(w.frequencies);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
