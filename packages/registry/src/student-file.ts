import type { EventOf, RegistryEvent } from "./registry-event-schema";
import type { RegistryStatus } from "./registry-status";
import type { ScreenFlagKind } from "./screen-flag-kinds";

/** A flag waiting for its interview, with the deadline its routing rule gives. */
export interface OpenFlag {
  eventId: string;
  flagId: string;
  kind: Exclude<ScreenFlagKind, "negative">;
  raisedAt: string;
  /** When the interview is due (raisedAt + the routing rule's deadlineHours). */
  dueAt: string;
  /** The role and tier that own it (the routing rule). */
  ownerRole: string;
  tier: string;
  term?: string;
  scaleId?: string;
}

/** The current intervention plan (一人一案). */
export interface PlanState {
  planId: string;
  createdAt: string;
  goals: string[];
  measures: EventOf<"plan-created">["measures"];
  safetyPlan?: EventOf<"plan-created">["safetyPlan"];
  reviewOn: string;
  lastReviewedAt?: string;
  goalsMet: boolean;
}

/** A referral and where it stands. */
export interface ReferralState {
  referralId: string;
  institution: string;
  channel: "green" | "ordinary";
  urgency: "routine" | "urgent" | "emergency";
  status: EventOf<"referral-status">["status"] | "made";
  madeAt: string;
  updatedAt: string;
  feedbackAt?: string;
}

/** One change of warning level or status, as the history shows it. */
export interface LevelStep {
  eventId: string;
  time: string;
  from: RegistryStatus;
  to: RegistryStatus;
  level: string | null;
  provisional: boolean;
}

/**
 * A student's file (一生一册) as the events make it: status, warning level, open flags,
 * plan, referrals and the deadlines that follow, and the history that led there.
 * Derived only — never stored or edited.
 */
export interface StudentFile {
  studentId: string;
  status: RegistryStatus;
  /** A referral is open: the `referred` sub-state, beside key or crisis. */
  referred: boolean;
  /** The warning level code, or null. It is kept while the student is on leave. */
  level: string | null;
  /** The level was opened by a safety flag (or a proposal) and awaits confirmation. */
  provisional: boolean;
  /** When the current level was set. */
  levelSince: string | null;
  /** When the student last came onto the list (left universal, monitoring or closed). */
  openedAt: string | null;
  /** The status before a provisional level opened, for its review. */
  beforeProvisional: RegistryStatus | null;
  openFlags: OpenFlag[];
  /** When a plan is due, if the level requires one and none is written. */
  planDueAt: string | null;
  plan: PlanState | null;
  referrals: ReferralState[];
  /** The end of the light follow-up after an exit. */
  monitorUntil: string | null;
  closeReason: EventOf<"exit">["closeReason"] | null;
  lastFamilyContactAt: string | null;
  /** Ids of events a later correction refers to. */
  corrected: string[];
  levelHistory: LevelStep[];
  /** Every accepted event, in file order (time, then id). */
  history: RegistryEvent[];
}

/**
 * The file of a student with no events: universal, no level, nothing open.
 *
 * @param studentId - the student's opaque id
 * @returns an empty file
 * @example
 * emptyFile("s-1").status // => "universal"
 */
export function emptyFile(studentId: string): StudentFile {
  return {
    studentId,
    status: "universal",
    referred: false,
    level: null,
    provisional: false,
    levelSince: null,
    openedAt: null,
    beforeProvisional: null,
    openFlags: [],
    planDueAt: null,
    plan: null,
    referrals: [],
    monitorUntil: null,
    closeReason: null,
    lastFamilyContactAt: null,
    corrected: [],
    levelHistory: [],
    history: [],
  };
}
