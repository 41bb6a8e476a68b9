import type { ScaleResult } from "@psyscreen/core";
import type { ScreenOutcome } from "./census-result";

/**
 * Screen outcomes from most to least urgent: the row and column order of a transition
 * matrix. Safety kinds first; data-quality kinds (invalid, incomplete) below the
 * clinical ones, so a sheet that is both positive and incomplete counts as positive.
 */
export const SCREEN_OUTCOMES = [
  "acute",
  "critical",
  "positive",
  "attention",
  "invalid",
  "incomplete",
  "negative",
  "not-screened",
] as const satisfies readonly ScreenOutcome[];

/**
 * The outcome of one or more results: the most urgent flag kind among them, `negative`
 * when they carry none, `not-screened` when there are no results.
 *
 * @param results - a student's results (one scale, or all)
 * @returns the outcome
 * @example
 * screenOutcome([]) // => "not-screened"
 */
export function screenOutcome(results: readonly ScaleResult[]): ScreenOutcome {
  if (results.length === 0) return "not-screened";
  let best = SCREEN_OUTCOMES.indexOf("negative");
  for (const result of results) {
    for (const flag of result.flags) {
      const rank = SCREEN_OUTCOMES.indexOf(flag.kind);
      if (rank >= 0 && rank < best) best = rank;
    }
  }
  return SCREEN_OUTCOMES[best]!;
}
