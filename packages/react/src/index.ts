/**
 * `<Screening>`: a psyscreen scale as a React questionnaire.
 *
 * @module @psyscreen/react
 */
export {
  type Answers,
  type Locale,
  type ScaleDefinition,
  type ScaleResult,
  type ScreenFlag,
  scoreResponse,
  validateScale,
} from "@psyscreen/core";
export { getScale, scaleIds } from "@psyscreen/scales";
export type {
  ItemAnswers,
  ScreeningFlag,
  ScreeningProgress,
  ScreeningState,
} from "@psyscreen/survey";
export { Screening, type ScreeningProps } from "./screening";
