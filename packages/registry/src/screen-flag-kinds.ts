import type { FlagKind } from "@psyscreen/core";

/**
 * Every kind of screen flag a scale result can carry, plus `negative` (no flag): the
 * values a routing rule can name. The order runs from no concern to most urgent, then the
 * data-quality kinds.
 */
export const SCREEN_FLAG_KINDS = [
  "negative",
  "attention",
  "positive",
  "critical",
  "acute",
  "invalid",
  "incomplete",
] as const satisfies readonly (FlagKind | "negative")[];

/** A screen flag kind, or `negative`. */
export type ScreenFlagKind = (typeof SCREEN_FLAG_KINDS)[number];

/**
 * The kinds that open a provisional top warning level at once, pending a same-day
 * review (DOMAIN.md, decision 2). Every other kind waits for a person's decision.
 */
export const SAFETY_FLAG_KINDS = ["critical", "acute"] as const satisfies readonly ScreenFlagKind[];

/** The longest a safety flag may wait for its review: the same day. */
export const SAFETY_DEADLINE_HOURS = 24;
