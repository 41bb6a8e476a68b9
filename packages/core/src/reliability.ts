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
  // one pass over the rows: listwise deletion (a byte per row), the sums, and each
  // item's range, to count its answers in an array when they are integers in a short span
  const complete = new Uint8Array(rows);
  const sums = new Float64Array(k);
  const mins = new Float64Array(k).fill(Number.POSITIVE_INFINITY);
  const maxs = new Float64Array(k).fill(Number.NEGATIVE_INFINITY);
  const integers = new Uint8Array(k).fill(1);
  const row = new Float64Array(k);
  let n = 0;
  for (let r = 0; r < rows; r++) {
    let usable = true;
    for (let i = 0; i < k; i++) {
      const v = columns[i]![r]!;
      if (!Number.isFinite(v)) {
        usable = false;
        break;
      }
      row[i] = v;
    }
    if (!usable) continue;
    for (let i = 0; i < k; i++) {
      const v = row[i]!;
      sums[i]! += v;
      if (v < mins[i]!) mins[i] = v;
      if (v > maxs[i]!) maxs[i] = v;
      if (Math.floor(v) !== v) integers[i] = 0;
    }
    complete[r] = 1;
    n++;
  }
  if (k < 2 || n < 2) {
    throw new Error("reliability requires at least 2 items and 2 complete respondents", {
      cause: { items: k, complete: n },
    });
  }
  const means = Array.from(sums, (sum) => sum / n);
  // answer counts by value − min, for the items whose answers are integers in a short span
  const counts = Array.from({ length: k }, (_, i) =>
    integers[i] === 1 && maxs[i]! - mins[i]! < COUNTED_SPAN
      ? new Uint32Array(maxs[i]! - mins[i]! + 1)
      : undefined,
  );
  const counted = counts.every((c) => c !== undefined);
  // centred cross-products, the upper triangle in typed arrays, accumulated row by row in
  // row order: the same sums, in the same order, as one pass per pair of columns
  const cross = new Float64Array(k * k);
  const centred = new Float64Array(k);
  for (let r = 0; r < rows; r++) {
    if (complete[r] === 0) continue;
    for (let i = 0; i < k; i++) {
      const v = columns[i]![r]!;
      centred[i] = v - means[i]!;
      if (counted) counts[i]![v - mins[i]!]!++;
    }
    for (let i = 0; i < k; i++) {
      const di = centred[i]!;
      const line = i * k;
      for (let j = i; j < k; j++) cross[line + j]! += di * centred[j]!;
    }
  }
  const cov = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => (i <= j ? cross[i * k + j]! : cross[j * k + i]!) / (n - 1)),
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
    return {
      mean: means[i]!,
      sd: sd[i]!,
      rDrop: covRest / (sd[i]! * Math.sqrt(varRest)),
      alphaIfDeleted: k > 2 ? alphaOf(rest) : Number.NaN,
      frequencies: frequencies(columns[i]!, complete, n, counted ? counts[i] : undefined, mins[i]!),
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

/** Largest span of integer answers counted in an array rather than a Map. */
const COUNTED_SPAN = 4096;

/**
 * The proportion of each answer value in `column` over the `complete` rows (`n` of
 * them), ascending: from `counts` by value − `min` where the pass over the rows counted
 * them (integer answers over a short span, every scale's), else counted here in a Map.
 */
function frequencies(
  column: ArrayLike<number>,
  complete: Uint8Array,
  n: number,
  counts: Uint32Array | undefined,
  min: number,
): ItemReliability["frequencies"] {
  if (counts !== undefined) {
    const out: ItemReliability["frequencies"] = [];
    counts.forEach((count, at) => {
      if (count > 0) out.push({ value: min + at, proportion: count / n });
    });
    return out;
  }
  const byValue = new Map<number, number>();
  for (let r = 0; r < complete.length; r++) {
    if (complete[r] === 0) continue;
    const v = column[r]!;
    byValue.set(v, (byValue.get(v) ?? 0) + 1);
  }
  return [...byValue.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([value, count]) => ({ value, proportion: count / n }));
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
