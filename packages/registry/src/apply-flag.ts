import { checkDecision } from "./check-decision";
import { addHours, type FileContext } from "./file-context";
import type { EventOf } from "./registry-event-schema";
import type { RegistryStatus } from "./registry-status";
import { SAFETY_FLAG_KINDS } from "./screen-flag-kinds";
import { setStatus } from "./set-status";
import type { StudentFile } from "./student-file";

/**
 * The flag kinds that put a student on the list pending review (domain-research.md §9
 * T1: "ScreenFlag ≥ POSITIVE"); attention, invalid and incomplete flags only ask for a
 * conversation or a retest by their deadline.
 */
export const FLAGGING_KINDS = ["positive", "critical", "acute"] as const;

const REOPENS: readonly RegistryStatus[] = ["universal", "monitor-after-exit", "closed"];

/**
 * Applies a raised flag: opens it with the deadline of its routing rule; a positive,
 * critical or acute flag moves a student who is off the list to flagged-pending-review
 * (T1, T11); a critical or acute flag opens the routing rule's provisional level at
 * once (T4), with no approval, unless the student is already at or above it.
 *
 * @returns whether it applied (issues added otherwise)
 */
export function applyFlag(
  ctx: FileContext,
  draft: StudentFile,
  event: EventOf<"flag-raised">,
): boolean {
  const rule =
    ctx.profile.routing.find((r) => r.flag === event.kind && r.flagId === event.flagId) ??
    ctx.profile.routing.find((r) => r.flag === event.kind && r.flagId === undefined);
  draft.openFlags.push({
    eventId: event.id,
    flagId: event.flagId,
    kind: event.kind,
    raisedAt: event.time,
    dueAt: addHours(event.time, rule?.deadlineHours ?? 0),
    ownerRole: rule?.role ?? "",
    tier: rule?.tier ?? "",
    ...(event.term === undefined ? {} : { term: event.term }),
    ...(event.scaleId === undefined ? {} : { scaleId: event.scaleId }),
  });
  const proposer = { actor: event.actor, role: event.role };
  if (
    (FLAGGING_KINDS as readonly string[]).includes(event.kind) &&
    REOPENS.includes(draft.status)
  ) {
    // a file closed after its follow-up reopens as a new file would (T1)
    const from = draft.status === "closed" ? "universal" : draft.status;
    if (checkDecision(ctx, from, "flagged-pending-review", { proposer, evidence: [] }) === false) {
      return false;
    }
    setStatus(ctx, draft, "flagged-pending-review", null);
  }
  const provisional = rule?.provisionalLevel;
  if (!(SAFETY_FLAG_KINDS as readonly string[]).includes(event.kind) || provisional === undefined) {
    return true;
  }
  const target = ctx.index.levels.get(provisional);
  const current = draft.level === null ? undefined : ctx.index.levels.get(draft.level);
  if (
    target === undefined ||
    (current !== undefined && current.severityRank >= target.severityRank)
  ) {
    return true;
  }
  if (checkDecision(ctx, draft.status, target.status, { proposer, evidence: [] }) === false) {
    return false;
  }
  const before = draft.provisional ? draft.beforeProvisional : draft.status;
  setStatus(ctx, draft, target.status, target.code, true);
  draft.beforeProvisional = before;
  return true;
}
