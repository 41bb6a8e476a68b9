import { compileScale } from "./compile-scale";
import { fastResponse } from "./fast-response";
import { generalResponse } from "./general-response";
import type { ScaleDefinition } from "./scale-definition-schema";
import type { Answers, ScaleResult, ScoreOptions } from "./scale-result";

/**
 * Scores one respondent's answers: scores, bands, norm-referenced scores, screen flags
 * with their trace, and issues. It never throws on bad answers: unknown items and
 * invalid values become issues, and the scores they touch follow the missing-data rule.
 * A critical or acute flag fires from the raw answers whatever else is missing.
 *
 * @param definition - the scale (validated once and compiled on first use)
 * @param answers - item id → number; absent = not shown, `null` = skipped or refused
 * @param options - `locale`, and `normGroup` or `normTable` for norms
 * @returns the scale result
 * @throws Error when `definition` is not a valid scale definition (a programmer error)
 * @example
 * scoreResponse(phq9, { phq9_1: 2, phq9_2: 2, phq9_3: 1, phq9_4: 1, phq9_5: 1,
 *   phq9_6: 1, phq9_7: 1, phq9_8: 1, phq9_9: 1 }).scores.total
 * // => { value: 11, band: "moderate", bandLabel: "Moderate", answered: 9, prorated: false, coding: "0-3" }
 */
export function scoreResponse(
  definition: ScaleDefinition,
  answers: Answers,
  options: ScoreOptions = {},
): ScaleResult {
  // the common case (a plain object of valid answers or nulls, no norms): one function
  // generated per scale (the batch loop's row code, the result written out), with the
  // same result
  if (
    options.normGroup === undefined &&
    options.normTable === undefined &&
    typeof answers === "object" &&
    answers !== null &&
    !Array.isArray(answers)
  ) {
    const fast = fastResponse(definition, answers, options.locale ?? "en");
    if (fast !== undefined) return fast;
  }
  return generalResponse(compileScale(definition), answers, options);
}
