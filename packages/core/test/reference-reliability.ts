// A deliberately plain computation of the statistics `reliability` returns, matrix by
// matrix (the shape of the textbook formulas), for differential tests of the
// single-pass engine: listwise deletion, the covariance matrix from centred columns,
// α from its trace and sum, item-total correlations, frequencies counted in a Map.
export interface ReferenceReliability {
  n: number;
  excluded: number;
  alpha: number;
  averageR: number;
  correlations: number[][];
  items: {
    mean: number;
    sd: number;
    rDrop: number;
    alphaIfDeleted: number;
    frequencies: { value: number; proportion: number }[];
  }[];
}

export function referenceReliability(columns: readonly ArrayLike<number>[]): ReferenceReliability {
  const k = columns.length;
  const rows = columns[0]?.length ?? 0;
  const complete: number[] = [];
  for (let r = 0; r < rows; r++) {
    if (columns.every((c) => Number.isFinite(c[r]))) complete.push(r);
  }
  const n = complete.length;
  const data = columns.map((c) => complete.map((r) => c[r]!));
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
    if (!(total > 1e-12 * trace)) return Number.NaN;
    return (m / (m - 1)) * (1 - trace / total);
  };
  const sd = all.map((i) => Math.sqrt(cov[i]![i]!));
  const correlations = all.map((i) => all.map((j) => cov[i]![j]! / (sd[i]! * sd[j]!)));
  let sumR = 0;
  for (const i of all) for (const j of all) if (i < j) sumR += correlations[i]![j]!;
  return {
    n,
    excluded: rows - n,
    alpha: alphaOf(all),
    averageR: sumR / ((k * (k - 1)) / 2),
    correlations,
    items: all.map((i) => {
      const rest = all.filter((j) => j !== i);
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
    }),
  };
}
