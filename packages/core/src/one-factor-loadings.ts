import { symmetricEigen } from "./symmetric-eigen";

/** A one-factor model of a correlation matrix. */
export interface OneFactorModel {
  /** Standardized loadings, signed so that their sum is positive. */
  loadings: number[];
  /** Communalities h² = loading². */
  communalities: number[];
  /** Iterations until the communalities changed by less than the tolerance. */
  iterations: number;
  converged: boolean;
}

/**
 * Fits one common factor to a correlation matrix by minimum residuals (unweighted least
 * squares, as R's psych::fa(fm = "minres") does): iterated principal axes — put the
 * communalities on the diagonal, take the first eigenvector — from squared multiple
 * correlations until the communalities settle. The fixed point minimizes the sum of
 * squared off-diagonal residuals.
 *
 * @param correlations - a k × k correlation matrix, k ≥ 3
 * @param tolerance - the largest change of a communality that counts as settled
 * @returns loadings, communalities and convergence
 * @throws Error "oneFactorLoadings requires at least 3 items" for k < 3
 * @example
 * oneFactorLoadings([[1, 0.48, 0.4], [0.48, 1, 0.3], [0.4, 0.3, 1]]).loadings // => [0.8, 0.6, 0.5]
 */
export function oneFactorLoadings(
  correlations: readonly (readonly number[])[],
  tolerance = 1e-12,
): OneFactorModel {
  const k = correlations.length;
  if (k < 3)
    throw new Error("oneFactorLoadings requires at least 3 items", { cause: { items: k } });
  let h2 = squaredMultipleCorrelations(correlations);
  let loadings: number[] = [];
  let iterations = 0;
  let converged = false;
  while (iterations < 10_000 && !converged) {
    iterations++;
    const reduced = correlations.map((row, i) => row.map((r, j) => (i === j ? h2[i]! : r)));
    const { values, vectors } = symmetricEigen(reduced);
    const scale = Math.sqrt(Math.max(values[0]!, 0));
    loadings = vectors[0]!.map((x) => x * scale);
    const next = loadings.map((l) => l * l);
    converged = next.every((h, i) => Math.abs(h - h2[i]!) < tolerance);
    h2 = next;
  }
  if (loadings.reduce((a, b) => a + b, 0) < 0) loadings = loadings.map((l) => -l);
  return { loadings, communalities: h2, iterations, converged };
}

/** 1 − 1 / diag(R⁻¹): each item's squared multiple correlation with the others. */
function squaredMultipleCorrelations(r: readonly (readonly number[])[]): number[] {
  const k = r.length;
  // Gauss–Jordan inverse with partial pivoting
  const a = r.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < k; c++) {
    let pivot = c;
    for (let i = c + 1; i < k; i++) if (Math.abs(a[i]![c]!) > Math.abs(a[pivot]![c]!)) pivot = i;
    if (Math.abs(a[pivot]![c]!) < 1e-12) return r.map(() => 0.5); // singular: a neutral start
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    const p = a[c]![c]!;
    for (let j = 0; j < 2 * k; j++) a[c]![j]! /= p;
    for (let i = 0; i < k; i++) {
      if (i === c) continue;
      const f = a[i]![c]!;
      if (f !== 0) for (let j = 0; j < 2 * k; j++) a[i]![j]! -= f * a[c]![j]!;
    }
  }
  return r.map((_, i) => 1 - 1 / a[i]![k + i]!);
}
