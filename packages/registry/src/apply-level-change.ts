import { checkApproved, checkDecision, checkEvidenceIds, findRule } from "./check-decision";
import { addHours, type FileContext, followUpOf, refuse } from "./file-context";
import type { EventOf } from "./registry-event-schema";
import type { RegistryStatus } from "./registry-status";
import { setStatus } from "./set-status";
import type { StudentFile } from "./student-file";

/**
 * Applies a level change. The review of a provisional level is judged against the
 * status before it opened and needs one of the roles that confirm a crisis (T4); any
 * other change is a transition of the status machine under the profile's rule, and may
 * not lower a level sooner than its follow-up rule's `minDaysBeforeDeescalation`. A
 * change to crisis proposed without an approver opens the level at once, provisionally
 * (any staff may trigger a crisis, §9 T4); every other change waits for its approver.
 *
 * @returns whether it applied (issues added otherwise)
 */
export function applyLevelChange(
  ctx: FileContext,
  draft: StudentFile,
  event: EventOf<"level-change">,
): boolean {
  if (!checkEvidenceIds(ctx, event.evidence)) return false;
  const target = event.level === null ? undefined : ctx.index.levels.get(event.level);
  if (event.level !== null && target === undefined) {
    return refuse(ctx, "unknown-reference", { kind: "warning level", id: event.level });
  }
  const to: RegistryStatus = target?.status ?? "universal";
  const decision = { proposer: event.proposer, approver: event.approver, evidence: event.evidence };
  if (draft.provisional && draft.beforeProvisional !== null) {
    return reviewProvisional(ctx, draft, event.level, to, decision);
  }
  const from = draft.status;
  if (from === to && event.level !== null && event.level !== draft.level) {
    // two levels sharing one status: a change of level, not of status
    if (!lowerAllowed(ctx, draft, target?.severityRank ?? 0)) return false;
    setStatus(ctx, draft, to, event.level);
    return true;
  }
  const verdict = checkDecision(ctx, from, to, decision);
  if (verdict === false) return false;
  if (verdict === "unapproved" && to !== "crisis") {
    const rule = findRule(ctx.profile.transitions, from, to);
    return refuse(ctx, "approval-missing", { from, to, allowed: rule?.approve ?? [] });
  }
  if (!lowerAllowed(ctx, draft, target?.severityRank ?? 0)) return false;
  const before = draft.status;
  setStatus(ctx, draft, to, event.level, verdict === "unapproved");
  if (verdict === "unapproved") draft.beforeProvisional = before;
  return true;
}

function reviewProvisional(
  ctx: FileContext,
  draft: StudentFile,
  level: string | null,
  to: RegistryStatus,
  decision: Parameters<typeof checkDecision>[3],
): boolean {
  const crisisRule = findRule(ctx.profile.transitions, draft.beforeProvisional!, "crisis");
  const confirmers = crisisRule?.approve ?? [];
  const reviewer = decision.approver ?? decision.proposer;
  const from = draft.beforeProvisional!;
  if (level === draft.level || to === from) {
    if (confirmers.length > 0 && !confirmers.includes(reviewer.role)) {
      return refuse(ctx, "approve-not-allowed", {
        role: reviewer.role,
        from,
        to: "crisis",
        allowed: confirmers,
      });
    }
    if (level === draft.level) {
      draft.provisional = false;
      draft.beforeProvisional = null;
      draft.levelHistory.push({
        eventId: ctx.event.id,
        time: ctx.event.time,
        from: draft.status,
        to: draft.status,
        level,
        provisional: false,
      });
      return true;
    }
    setStatus(ctx, draft, to, level);
    return true;
  }
  if (!checkApproved(ctx, from, to, decision)) return false;
  setStatus(ctx, draft, to, level);
  return true;
}

/** Whether lowering the current level to `rank` respects its minimum time (§9 guards). */
function lowerAllowed(ctx: FileContext, draft: StudentFile, rank: number): boolean {
  const current = draft.level === null ? undefined : ctx.index.levels.get(draft.level);
  if (current === undefined || rank >= current.severityRank || draft.levelSince === null) {
    return true;
  }
  const days = followUpOf(ctx.profile, current.code)?.minDaysBeforeDeescalation ?? 0;
  const until = addHours(draft.levelSince, days * 24);
  if (Date.parse(ctx.event.time) >= Date.parse(until)) return true;
  return refuse(ctx, "too-soon-to-lower", {
    level: current.code,
    since: draft.levelSince,
    until,
  });
}
