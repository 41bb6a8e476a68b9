/**
 * A psyscreen scale as a SurveyJS questionnaire, with answers mapped back and a live hook for critical flags.
 *
 * @module @psyscreen/survey
 */
export { answersFromSurvey, type ItemAnswers } from "./answers-from-survey";
export { answersToSurveyData } from "./answers-to-survey-data";
export {
  attachScreening,
  type ScreeningFlag,
  type ScreeningHandlers,
  type ScreeningProgress,
  type ScreeningState,
} from "./attach-screening";
export type { SurveyChoice, SurveyJson, SurveyQuestionJson, SurveyText } from "./survey-json";
export { registerSurveyLocales, toSurveyLocale } from "./survey-locale";
export { type ToSurveyModelOptions, toSurveyModel } from "./to-survey-model";
export { UI_STRINGS, type UiStrings } from "./ui-strings";
