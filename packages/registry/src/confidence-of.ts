import type { CarelessIndicator, Confidence } from "./census-result";

/**
 * The confidence a sheet's indicators leave: `high` with none, `low` when a validity
 * rule fired or two kinds of sign were found, `medium` otherwise.
 *
 * @param indicators - the sheet's indicators
 * @returns the confidence
 * @example
 * confidenceOf([]) // => "high"
 */
export function confidenceOf(indicators: readonly CarelessIndicator[]): Confidence {
  if (indicators.length === 0) return "high";
  const kinds = new Set(indicators.map((i) => i.kind));
  return kinds.has("validity-scale") || kinds.size > 1 ? "low" : "medium";
}
