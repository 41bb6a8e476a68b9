import {
  isSafetyFlag,
  type Locale,
  type ScaleDefinition,
  type ScaleResult,
  type ScreenFlag,
  scoreResponse,
} from "@psyscreen/core";
import type { SurveyModel } from "survey-core";
import { answersFromSurvey, type ItemAnswers } from "./answers-from-survey";
import { UI_STRINGS } from "./ui-strings";

/** What every screening event carries: the answers so far and their scored result. */
export interface ScreeningState {
  answers: ItemAnswers;
  result: ScaleResult;
}

/** A critical or acute flag that has just become true. */
export interface ScreeningFlag extends ScreeningState {
  flag: ScreenFlag;
}

/** Progress through the items: `answered` of `total` items, `ratio` in 0…1. */
export interface ScreeningProgress {
  answered: number;
  total: number;
  ratio: number;
}

/** Callbacks of `attachScreening`; each is optional. */
export interface ScreeningHandlers {
  /** After every answer change. */
  onChange?(state: ScreeningState): void;
  /** After every answer change, with the progress. */
  onProgress?(progress: ScreeningProgress): void;
  /**
   * The moment an answer makes a critical or acute flag true (once per flag until it
   * becomes false again), before completion — so the host can show help at once.
   */
  onFlag?(event: ScreeningFlag): void;
  /** When the respondent completes the questionnaire. */
  onComplete?(state: ScreeningState): void;
}

/**
 * Connects a SurveyJS model to psyscreen scoring: each answer change is scored with
 * `scoreResponse`, and the handlers hear about changes, progress, critical or acute
 * flags as they fire, and completion. Used by `@psyscreen/react` and
 * `@psyscreen/elements`; call it yourself when you render SurveyJS another way.
 *
 * @param model - a SurveyJS model built from `toSurveyModel(definition)`
 * @param definition - the scale
 * @param handlers - the callbacks
 * @returns a function that detaches the handlers
 * @example
 * const detach = attachScreening(model, phq9, { onFlag: ({ flag }) => showHelp(flag) });
 * model.setValue("phq9_9", 1); // onFlag fires now, with flag.id "item9_positive"
 */
export function attachScreening(
  model: SurveyModel,
  definition: ScaleDefinition,
  handlers: ScreeningHandlers,
): () => void {
  const raised = new Set<string>();
  const locale = (): Locale => (model.locale === "zh-cn" ? "zh-CN" : "en");
  const state = (): ScreeningState => {
    const answers = answersFromSurvey(model, definition);
    return { answers, result: scoreResponse(definition, answers, { locale: locale() }) };
  };
  const onValueChanged = () => {
    const current = state();
    const safety = current.result.flags.filter((f) => isSafetyFlag(f.kind));
    for (const id of [...raised]) if (!safety.some((f) => f.id === id)) raised.delete(id);
    for (const flag of safety) {
      if (raised.has(flag.id)) continue;
      raised.add(flag.id);
      handlers.onFlag?.({ ...current, flag });
    }
    handlers.onChange?.(current);
    if (handlers.onProgress !== undefined) {
      const total = definition.items.length;
      const answered = Object.values(current.answers).filter((v) => v !== null).length;
      handlers.onProgress({ answered, total, ratio: total === 0 ? 0 : answered / total });
    }
  };
  const onComplete = () => handlers.onComplete?.(state());
  // psyscreen's own progress wording ("Answered 3 of 10" / "已答 3 / 10 题").
  const onProgressText = (
    _: SurveyModel,
    options: { text: string; answeredQuestionCount: number; questionCount: number },
  ) => {
    options.text = UI_STRINGS[locale()].progress
      .replace("{0}", String(options.answeredQuestionCount))
      .replace("{1}", String(options.questionCount));
  };
  model.onValueChanged.add(onValueChanged);
  model.onComplete.add(onComplete);
  model.onProgressText.add(onProgressText);
  return () => {
    model.onValueChanged.remove(onValueChanged);
    model.onComplete.remove(onComplete);
    model.onProgressText.remove(onProgressText);
  };
}
