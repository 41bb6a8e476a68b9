import { ON_LIST_STATUSES, type RegistryStatus } from "./registry-status";
import type { StudentFile } from "./student-file";

/**
 * Days a referral may go without the institution's feedback before it shows as overdue.
 * No source sets it: a default to review (domain-research.md §10 item 17 leaves referral
 * rules to the region).
 */
export const DEFAULT_REFERRAL_FEEDBACK_DAYS = 14;

/** The kinds of overdue work. */
export const OVERDUE_KINDS = [
  "interview",
  "plan",
  "plan-review",
  "referral-feedback",
  "family-contact",
] as const;

/** One piece of overdue work on a student's file. */
export interface OverdueItem {
  studentId: string;
  kind: (typeof OVERDUE_KINDS)[number];
  /** When it was due. */
  dueAt: string;
  /** The flag event, plan or referral it concerns. */
  ref?: string;
  /** The role that owns it, when the profile says (interviews). */
  ownerRole?: string;
}

/** Options of `overdue`. */
export interface OverdueOptions {
  /** Days a referral may wait for feedback; default `DEFAULT_REFERRAL_FEEDBACK_DAYS`. */
  referralFeedbackDays?: number;
  /**
   * The start of the current term (ISO date or date-time). Given, a student on the list
   * with no family contact since then is overdue: at least one home visit a semester
   * (MOE ten measures, 2025, domain-research.md §1.1).
   */
  termStart?: string;
}

const ON_LIST: readonly RegistryStatus[] = ON_LIST_STATUSES;

/**
 * The work on a student's file that is past due at `now`: interviews past their flag's
 * deadline, a required plan not written, a plan past its review date, referrals without
 * feedback, and, for students on the list, no family contact this term.
 *
 * @param file - the student's file
 * @param now - the time to judge by
 * @param options - referral feedback days and the term's start
 * @returns the overdue items, earliest due first
 * @example
 * overdue(file, "2026-10-01T00:00:00Z").map((o) => o.kind) // => ["interview"]
 */
export function overdue(
  file: StudentFile,
  now: string | Date,
  options: OverdueOptions = {},
): OverdueItem[] {
  if (file.status === "closed") return [];
  const at = typeof now === "string" ? Date.parse(now) : now.getTime();
  const items: OverdueItem[] = [];
  const past = (time: string) => Date.parse(time) < at;
  const { studentId } = file;
  for (const flag of file.openFlags) {
    if (past(flag.dueAt)) {
      items.push({
        studentId,
        kind: "interview",
        dueAt: flag.dueAt,
        ref: flag.eventId,
        ownerRole: flag.ownerRole,
      });
    }
  }
  if (file.planDueAt !== null && past(file.planDueAt)) {
    items.push({ studentId, kind: "plan", dueAt: file.planDueAt });
  }
  if (file.plan !== null && ON_LIST.includes(file.status)) {
    const reviewAt = `${file.plan.reviewOn}T00:00:00.000Z`;
    if (past(reviewAt)) {
      items.push({ studentId, kind: "plan-review", dueAt: reviewAt, ref: file.plan.planId });
    }
  }
  const days = options.referralFeedbackDays ?? DEFAULT_REFERRAL_FEEDBACK_DAYS;
  for (const r of file.referrals) {
    if (r.feedbackAt !== undefined || r.status === "closed" || r.status === "declined") continue;
    const dueAt = new Date(Date.parse(r.madeAt) + days * 86_400_000).toISOString();
    if (past(dueAt)) items.push({ studentId, kind: "referral-feedback", dueAt, ref: r.referralId });
  }
  const { termStart } = options;
  if (termStart !== undefined && ON_LIST.includes(file.status)) {
    const last = file.lastFamilyContactAt;
    if (last === null || Date.parse(last) < Date.parse(termStart)) {
      items.push({
        studentId,
        kind: "family-contact",
        dueAt: new Date(Date.parse(termStart)).toISOString(),
      });
    }
  }
  return items.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}
