/**
 * A count as a report may show it: `null` when it is above 0 but below the profile's
 * `reporting.minCellSize`, so that no student can be singled out; 0 and larger counts
 * as they are. (Prevalence cells, with a denominator, use `suppressCells`.)
 *
 * @example
 * suppressedCount(3, 5) // => null
 * suppressedCount(0, 5) // => 0
 */
export function suppressedCount(n: number, minCellSize: number): number | null {
  return n > 0 && n < minCellSize ? null : n;
}
