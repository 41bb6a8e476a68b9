import { checkApproved, checkEvidenceIds } from "./check-decision";
import { addHours, type FileContext, followUpOf, refuse } from "./file-context";
import type { RegistryEvent } from "./registry-event-schema";
import type { RegistryStatus } from "./registry-status";
import { setStatus } from "./set-status";
import type { StudentFile } from "./student-file";

const OPEN_REFERRAL = new Set(["made", "accepted", "attended"]);

function latestFamilyContact(draft: StudentFile): string | null {
  const times = draft.history
    .filter((e) => e.type === "family-contact" && !draft.corrected.includes(e.id))
    .map((e) => e.time)
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  return times.at(-1) ?? null;
}

/**
 * Applies the events that record work or move a file through referral and leave: an
 * interview answers open flags; a plan is written or reviewed; a referral is made
 * (key or crisis → referred, T6) or changes status; leave (T12) and return (T13) move
 * the status; a correction marks an earlier event.
 *
 * @returns whether it applied (issues added otherwise)
 */
export function applyRecord(ctx: FileContext, draft: StudentFile, event: RegistryEvent): boolean {
  switch (event.type) {
    case "interview": {
      const answered = event.flagIds;
      draft.openFlags = draft.openFlags.filter(
        (f) =>
          answered !== undefined && !answered.includes(f.flagId) && !answered.includes(f.eventId),
      );
      return true;
    }
    case "family-contact": {
      const last = draft.lastFamilyContactAt;
      if (last === null || Date.parse(event.time) > Date.parse(last)) {
        draft.lastFamilyContactAt = event.time;
      }
      return true;
    }
    case "plan-created":
      draft.plan = {
        planId: event.planId,
        createdAt: event.time,
        goals: event.goals,
        measures: event.measures,
        ...(event.safetyPlan === undefined ? {} : { safetyPlan: event.safetyPlan }),
        reviewOn: event.reviewOn,
        goalsMet: false,
      };
      draft.planDueAt = null;
      return true;
    case "plan-reviewed": {
      if (draft.plan?.planId !== event.planId) {
        return refuse(ctx, "unknown-reference", { kind: "plan", id: event.planId });
      }
      const days = followUpOf(ctx.profile, draft.level)?.reviewIntervalDays ?? 30;
      const next = event.nextReviewOn ?? addHours(event.time, days * 24).slice(0, 10);
      draft.plan = { ...draft.plan, goalsMet: event.goalsMet, lastReviewedAt: event.time };
      draft.plan.reviewOn = next;
      return true;
    }
    case "referral-made":
      return referralMade(ctx, draft, event);
    case "referral-status": {
      const referral = draft.referrals.find((r) => r.referralId === event.referralId);
      if (referral === undefined) {
        return refuse(ctx, "unknown-reference", { kind: "referral", id: event.referralId });
      }
      referral.status = event.status;
      referral.updatedAt = event.time;
      if (event.status === "feedback-received") referral.feedbackAt = event.time;
      draft.referred = draft.referrals.some((r) => OPEN_REFERRAL.has(r.status));
      return true;
    }
    case "leave":
    case "return-application": {
      const to: RegistryStatus = event.type === "leave" ? "on-leave" : "return-review";
      if (!move(ctx, draft, to, event)) return false;
      return true;
    }
    case "correction": {
      if (!draft.history.some((e) => e.id === event.corrects)) {
        return refuse(ctx, "unknown-reference", { kind: "event", id: event.corrects });
      }
      draft.corrected.push(event.corrects);
      draft.openFlags = draft.openFlags.filter((f) => f.eventId !== event.corrects);
      draft.lastFamilyContactAt = latestFamilyContact(draft);
      return true;
    }
    default:
      return true;
  }
}

function move(
  ctx: FileContext,
  draft: StudentFile,
  to: RegistryStatus,
  event: Extract<RegistryEvent, { proposer: unknown }>,
): boolean {
  if (!checkEvidenceIds(ctx, event.evidence)) return false;
  const from = draft.status;
  const decision = { proposer: event.proposer, approver: event.approver, evidence: event.evidence };
  if (!checkApproved(ctx, from, to, decision)) return false;
  if (to !== "referred") setStatus(ctx, draft, to, draft.level, draft.provisional);
  return true;
}

function referralMade(
  ctx: FileContext,
  draft: StudentFile,
  event: Extract<RegistryEvent, { type: "referral-made" }>,
): boolean {
  if (draft.referrals.some((r) => r.referralId === event.referralId)) {
    return refuse(ctx, "duplicate-event", { id: event.referralId });
  }
  if (!move(ctx, draft, "referred", event)) return false;
  draft.referrals.push({
    referralId: event.referralId,
    institution: event.institution,
    channel: event.channel,
    urgency: event.urgency,
    status: "made",
    madeAt: event.time,
    updatedAt: event.time,
  });
  draft.referred = true;
  return true;
}
