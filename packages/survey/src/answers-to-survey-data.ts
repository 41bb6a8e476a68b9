import type { Answers } from "@psyscreen/core";

/**
 * Turns psyscreen answers into SurveyJS data, to resume or review a response: numbers
 * are kept; `null` (skipped) and absent (not shown) both become "no value", because a
 * SurveyJS question has no skipped state — the question shows unanswered again.
 *
 * @param answers - item id → number | null
 * @returns SurveyJS data for `model.data`
 * @example
 * answersToSurveyData({ phq9_1: 2, phq9_2: null }) // => { phq9_1: 2 }
 */
export function answersToSurveyData(answers: Answers): Record<string, number> {
  const data: Record<string, number> = {};
  for (const [id, value] of Object.entries(answers)) {
    if (typeof value === "number" && Number.isFinite(value)) data[id] = value;
  }
  return data;
}
