import { fQuantile } from "./f-quantile";
import { oneFactorLoadings } from "./one-factor-loadings";

/** Item statistics of a reliability analysis. */
export interface ItemReliability {
  mean: number;
  /** Standard deviation (n − 1 denominator). */
  sd: number;
  /** Corrected item-total correlation: the item against the sum of the other items. */
  rDrop: number;
  /** Cronbach's α of the other items. */
  alphaIfDeleted: number;
  /** Proportion of respondents per answer value, ascending. */
  frequencies: { value: number; proportion: number }[];
}

/** The result of `reliability`. */
export interface ReliabilityResult {
  /** Respondents with every item answered (listwise). */
  n: number;
  /** Respondents left out for a missing answer. */
  excluded: number;
  items: number;
  /** Cronbach's α from the covariance matrix. */
  alpha: number;
  /** α from the correlation matrix: k·r̄ / (1 + (k − 1)·r̄). */
  standardizedAlpha: number;
  /** Mean inter-item correlation r̄. */
  averageR: number;
  /**
   * McDonald's ω total from a one-factor minres model of the correlation matrix, as R's
   * psych::omega(nfactors = 1) reports it: 1 − Σ(1 − λᵢ²) / Σᵢⱼ rᵢⱼ. NaN (and no
   * loadings) for fewer than 3 items, where one factor is not identified.
   */
  omega: { total: number; loadings: number[]; method: "minres"; converged: boolean };
  /** Feldt's confidence interval of α. */
  ci: { level: number; lower: number; upper: number; method: "feldt" };
  itemStats: ItemReliability[];
}

/**
 * Internal consistency of a set of items: Cronbach's α with Feldt's confidence interval
 * (Feldt, Woodruff & Salih 1987), standardized α, McDonald's ω total (one factor,
 * minres; McDonald 1999, Test Theory, ch. 6), the mean inter-item correlation, and
 * per item its mean, SD, corrected item-total correlation, α if deleted and answer
 * frequencies. Respondents missing any item are left out (listwise) and counted. The
 * numbers agree with R's psych::alpha and psych::omega on complete data (tests pin them).
 *
 * @param columns - one array per item (already keyed: reverse items reversed), NaN = missing
 * @param level - the confidence level, default 0.95
 * @returns the analysis
 * @throws Error "reliability requires at least 2 items and 2 complete respondents"
 * @example
 * reliability([[1, 2, 3], [1, 3, 3], [2, 2, 3]]).alpha // => 0.8684… (three items, three respondents)
 */
export function reliability(
  columns: readonly ArrayLike<number>[],
  level = 0.95,
): ReliabilityResult {
  const k = columns.length;
  const rows = columns[0]?.length ?? 0;
  const complete: number[] = [];
  for (let r = 0; r < rows; r++) {
    if (columns.every((c) => Number.isFinite(c[r]))) complete.push(r);
  }
  const n = complete.length;
  if (k < 2 || n < 2) {
    throw new Error("reliability requires at least 2 items and 2 complete respondents", {
      cause: { items: k, complete: n },
    });
  }
  const data = columns.map((c) => Float64Array.from(complete, (r) => c[r]!));
  const means = data.map((x) => x.reduce((a, b) => a + b, 0) / n);
  const cov = data.map((x, i) =>
    data.map((y, j) => {
      let s = 0;
      for (let r = 0; r < n; r++) s += (x[r]! - means[i]!) * (y[r]! - means[j]!);
      return s / (n - 1);
    }),
  );
  const all = [...Array(k).keys()];
  const alphaOf = (subset: number[]) => {
    let trace = 0;
    let total = 0;
    for (const i of subset) {
      trace += cov[i]![i]!;
      for (const j of subset) total += cov[i]![j]!;
    }
    const m = subset.length;
    // a total that does not vary (its variance rounding error next to the items') has no α
    if (!(total > 1e-12 * trace)) return Number.NaN;
    return (m / (m - 1)) * (1 - trace / total);
  };
  const sd = all.map((i) => Math.sqrt(cov[i]![i]!));
  let sumR = 0;
  for (const i of all) for (const j of all) if (i < j) sumR += cov[i]![j]! / (sd[i]! * sd[j]!);
  const averageR = sumR / ((k * (k - 1)) / 2);
  const alpha = alphaOf(all);
  const correlations = all.map((i) => all.map((j) => cov[i]![j]! / (sd[i]! * sd[j]!)));
  const df1 = n - 1;
  const df2 = (n - 1) * (k - 1);
  const tail = (1 - level) / 2;

  const itemStats = all.map((i): ItemReliability => {
    const rest = all.filter((j) => j !== i);
    // cov(item, rest) and var(rest) from the covariance matrix
    let covRest = 0;
    let varRest = 0;
    for (const j of rest) {
      covRest += cov[i]![j]!;
      for (const l of rest) varRest += cov[j]![l]!;
    }
    const counts = new Map<number, number>();
    for (const v of data[i]!) counts.set(v, (counts.get(v) ?? 0) + 1);
    return {
      mean: means[i]!,
      sd: sd[i]!,
      rDrop: covRest / (sd[i]! * Math.sqrt(varRest)),
      alphaIfDeleted: k > 2 ? alphaOf(rest) : Number.NaN,
      frequencies: [...counts.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([value, count]) => ({ value, proportion: count / n })),
    };
  });

  return {
    n,
    excluded: rows - n,
    items: k,
    alpha,
    standardizedAlpha: (k * averageR) / (1 + (k - 1) * averageR),
    averageR,
    omega: omegaTotal(correlations),
    ci: {
      level,
      lower: 1 - (1 - alpha) * fQuantile(1 - tail, df1, df2),
      upper: 1 - (1 - alpha) * fQuantile(tail, df1, df2),
      method: "feldt",
    },
    itemStats,
  };
}

function omegaTotal(correlations: number[][]): ReliabilityResult["omega"] {
  if (correlations.length < 3 || correlations.flat().some((r) => !Number.isFinite(r))) {
    return { total: Number.NaN, loadings: [], method: "minres", converged: false };
  }
  const model = oneFactorLoadings(correlations);
  const total = correlations.flat().reduce((a, b) => a + b, 0);
  const uniqueness = model.communalities.reduce((a, h2) => a + (1 - h2), 0);
  return {
    total: 1 - uniqueness / total,
    loadings: model.loadings,
    method: "minres",
    converged: model.converged,
  };
}
