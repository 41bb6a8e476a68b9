import type { ScaleDefinition } from "@psyscreen/core";
import type { Question, SurveyModel } from "survey-core";

/** Answers as psyscreen reads them: a number, `null` for skipped; absent = not shown. */
export type ItemAnswers = Record<string, number | null>;

/**
 * Reads a SurveyJS model's answers as psyscreen answers, keeping "not shown" apart from
 * "skipped": an item whose question is hidden, or (one question per page) not reached
 * yet, is left out; a question shown without an answer is `null`; an answer is a number.
 * Once the survey is completed every visible question counts as shown.
 *
 * @param model - the SurveyJS model built from `toSurveyModel(definition)`
 * @param definition - the scale the model was built from
 * @returns item id → number | null, for `scoreResponse`
 * @example
 * answersFromSurvey(model, phq9) // => { phq9_1: 2, phq9_2: null, … } (phq9_3… absent if not reached)
 */
export function answersFromSurvey(model: SurveyModel, definition: ScaleDefinition): ItemAnswers {
  const answers: ItemAnswers = {};
  const reached = reachedQuestions(model);
  for (const item of definition.items) {
    const question = model.getQuestionByName(item.id);
    if (question === null || question === undefined || !reached.has(question)) continue;
    const value: unknown = question.value;
    answers[item.id] = value === undefined || value === null || value === "" ? null : Number(value);
  }
  return answers;
}

function reachedQuestions(model: SurveyModel): Set<Question> {
  const visible = model.getAllQuestions(true);
  if (model.state === "completed" || !model.isSingleVisibleQuestion) {
    // Standard mode: every page up to the current one has been shown.
    if (model.state === "completed") return new Set(visible);
    const current = model.currentPageNo;
    // Each visible page's index, read once per call rather than once per question.
    const pageIndex = new Map<unknown, number>(model.visiblePages.map((page, i) => [page, i]));
    return new Set(visible.filter((q) => (pageIndex.get(q.page) ?? -1) <= current));
  }
  const current = model.currentSingleQuestion;
  const upTo = current === undefined || current === null ? -1 : visible.indexOf(current);
  return new Set(visible.filter((q, i) => i <= upTo || !q.isEmpty()));
}
