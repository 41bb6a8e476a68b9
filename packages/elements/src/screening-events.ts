import type { ScreeningFlag, ScreeningProgress, ScreeningState } from "@psyscreen/survey";

/** `detail` of each event `<psy-screening>` dispatches (all bubble and are composed). */
export interface ScreeningEventDetails {
  /** Completed: the answers and their scored result. */
  "psy-complete": ScreeningState;
  /** A critical or acute flag became true, before completion. */
  "psy-flag": ScreeningFlag;
  /** Progress after an answer. */
  "psy-progress": ScreeningProgress;
  /** Any answer changed: the answers so far and their result. */
  "psy-change": ScreeningState;
}

/** The events of `<psy-screening>`, typed for `addEventListener`. */
export type ScreeningEventMap = {
  [K in keyof ScreeningEventDetails]: CustomEvent<ScreeningEventDetails[K]>;
};
