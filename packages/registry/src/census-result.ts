import type { FlagKind, ScaleResult } from "@psyscreen/core";
import type { ResponseStatus } from "./census-response-schema";

/**
 * What became of a student in a census: `screened` (at least one scale completed),
 * `exempt`, `refused`, `absent`, `not-reached` (no sheet and no reason), or
 * `not-targeted` (the campaign gives the student's grade no scale).
 */
export type StudentCensusStatus =
  | "screened"
  | Exclude<ResponseStatus, "completed">
  | "not-reached"
  | "not-targeted";

/** How far a result can be trusted as an account of the student's answers. */
export type Confidence = "high" | "medium" | "low";

/** A sign of careless answering found in one sheet. */
export interface CarelessIndicator {
  kind: "straight-lining" | "too-fast" | "validity-scale";
  scaleId: string;
  /** What was measured, e.g. `{ secondsPerItem: 0.8, limit: 2 }`. */
  params: Record<string, number | string>;
  message: string;
}

/** One scale of a student's battery in a census. */
export interface CensusScaleOutcome {
  scaleId: string;
  status: ResponseStatus | "not-reached";
  /** The core result, for a completed sheet. */
  result?: ScaleResult;
  indicators: CarelessIndicator[];
  confidence?: Confidence;
  /** Seconds from start to finish, when both were given. */
  durationSeconds?: number;
}

/** One rostered student's census. */
export interface CensusStudent {
  studentId: string;
  term: string;
  grade: string;
  units: Record<string, string>;
  status: StudentCensusStatus;
  /** Screened, but some scale of the battery was not completed. */
  partial: boolean;
  scales: CensusScaleOutcome[];
  /** The core results of the completed sheets (what `censusRecords` hands on). */
  results: ScaleResult[];
  /** The lowest confidence of the student's sheets; `high` when there are none. */
  confidence: Confidence;
}

/** A screen flag of a census result, routed by the profile. */
export interface CensusFlag {
  studentId: string;
  scaleId: string;
  scaleVersion: string;
  flagId: string;
  kind: FlagKind;
  message: string;
  /** The routing rule that applied (`critical`, `attention:critical_item_unanswered` …). */
  rule: string;
  /** The org tier and the student's unit at it that own the flag, and the role. */
  tier: string;
  unit: string;
  role: string;
  deadlineHours: number;
  /** When the result came in (the sheet's `finishedAt`, else when the census ran). */
  raisedAt: string;
  /** When the interview is due. */
  deadline: string;
  /** For critical and acute flags: the warning level opened at once, pending review. */
  provisionalLevel?: string;
  notify?: { role: string; withinHours: number }[];
  /** The confidence of the sheet; it never changes the flag, its kind or its deadline. */
  confidence: Confidence;
}

/** One student's entry in the follow-up list: the conversation their flags ask for. */
export interface FollowUpEntry {
  /** 1 for the most urgent. */
  rank: number;
  studentId: string;
  /** The most urgent flag kind: acute, then critical, then the earliest deadline. */
  urgency: FlagKind;
  deadline: string;
  /** Whether the deadline had passed when the census ran. */
  overdue: boolean;
  tier: string;
  unit: string;
  role: string;
  provisionalLevel?: string;
  flags: CensusFlag[];
  confidence: Confidence;
}

/** Coverage of one unit at one tier. Every targeted student counts once per tier. */
export interface CoverageCell {
  tier: string;
  unit: string;
  /** Students the campaign targets (all but `notTargeted`). */
  enrolled: number;
  screened: number;
  /** Of `screened`: some scale of the battery not completed. */
  partial: number;
  absent: number;
  refused: number;
  exempt: number;
  notReached: number;
  notTargeted: number;
  /** screened / enrolled (DOMAIN.md), null when nobody is enrolled. */
  coverage: number | null;
  /** screened / (enrolled − exempt), null when nobody is eligible. */
  coverageOfEligible: number | null;
  target: number;
  /** Whether the coverage the campaign's `targetBasis` names reaches the target (true
   *  when nobody is enrolled). */
  targetMet: boolean;
}

/** Why a prevalence cell is hidden. */
export type Suppression = "primary" | "complementary";

/** How many students screened with a scale in a unit carry a flag kind. */
export interface PrevalenceCell {
  tier: string;
  unit: string;
  scaleId: string;
  kind: FlagKind;
  /** Students in the unit with a completed sheet of the scale (the denominator). */
  screened: number;
  /** null when suppressed. */
  count: number | null;
  rate: number | null;
  suppressed: Suppression | false;
}

/** A screen outcome of a student for one scale (or all scales): the worst flag kind. */
export type ScreenOutcome = FlagKind | "negative" | "not-screened";

/** Screen outcomes this census against a previous one, per scale and over all scales. */
export interface TransitionMatrix {
  previousTerm: string;
  term: string;
  /** Row and column labels: previous outcome (rows) → current outcome (columns). */
  outcomes: readonly ScreenOutcome[];
  tables: { scaleId: string; counts: number[][] }[];
  /** Students in the previous census who are not on this roster. */
  left: number;
}

/** Everything a census run gives back. */
export interface CensusResult {
  campaignId: string;
  term: string;
  profile: { id: string; version: string };
  scales: { id: string; version: string }[];
  /** When the census ran (the `now` option). */
  runAt: string;
  /** The org tiers reported, from the student's unit upwards. */
  tiers: string[];
  students: CensusStudent[];
  coverage: CoverageCell[];
  flags: CensusFlag[];
  followUp: FollowUpEntry[];
  prevalence: PrevalenceCell[];
  /** The profile's `reporting.minCellSize`, applied to `prevalence`. */
  minCellSize: number;
  transitions?: TransitionMatrix;
}

/**
 * The results of a census by student, as the registry imports them:
 * `{ term, students: [{ studentId, results }] }`.
 */
export interface CensusRecords {
  term: string;
  students: { studentId: string; results: ScaleResult[] }[];
}
