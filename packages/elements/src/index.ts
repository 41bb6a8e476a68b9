/**
 * `<psy-screening>`: a psyscreen scale as one HTML tag, form-associated, themable, with events for flags, progress and completion.
 *
 * @module @psyscreen/elements
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
export { PsyScreening } from "./psy-screening";
export type { ScreeningEventDetails, ScreeningEventMap } from "./screening-events";
