import type { Issue } from "./issue";
import type { Locale } from "./locale";
import type { NormGroup } from "./norm-table-schema";
import type { ScoreReason } from "./row-state";
import type { FlagDefinition } from "./scale-definition-schema";

/**
 * A respondent's answers: item id → number. An item left out was not shown; `null` was
 * shown but skipped or refused.
 */
export type Answers = Readonly<Record<string, unknown>>;

/** Options of `scoreResponse`. */
export interface ScoreOptions {
  /** The locale of messages and band labels; default `en`. */
  locale?: Locale;
  /** The respondent's group, to pick a norm table. */
  normGroup?: NormGroup;
  /** A norm table by id, instead of picking one by group. */
  normTable?: string;
}

/** One score of a result. */
export interface ScoreResult {
  /** The score, or null when the missing-data rule (or a null input) leaves none. */
  value: number | null;
  /** Why `value` is null. */
  reason?: ScoreReason;
  /** The band id, e.g. `moderate`. */
  band?: string;
  /** The band label in the result's locale. */
  bandLabel?: string;
  z?: number;
  t?: number;
  percentile?: number;
  /** How many of the score's items had a valid answer (0 for formula scores). */
  answered: number;
  /** Whether missing items were prorated. */
  prorated: boolean;
  /** The coding convention the value is on, e.g. `1-5`. */
  coding?: string;
}

/** The kinds of screen flag: the scale's own, and `incomplete` from the engine. */
export type FlagKind = FlagDefinition["kind"] | "incomplete";

/** A screen flag raised by a result, with the trace of what raised it. */
export interface ScreenFlag {
  id: string;
  kind: FlagKind;
  /** instrument: a rule of the scale; library: psyscreen's soft flag; engine: about the data. */
  source: FlagDefinition["source"] | "engine";
  /** The items whose answers made the rule true. */
  items: string[];
  /** The scores that made the rule true. */
  scores: string[];
  message: string;
}

/** The result of scoring one response. */
export interface ScaleResult {
  scaleId: string;
  scaleVersion: string;
  engineVersion: string;
  locale: Locale;
  scores: Record<string, ScoreResult>;
  flags: ScreenFlag[];
  issues: Issue[];
  /** The norm table used, if any. */
  norm?: { id: string; version: string; source: string };
}
