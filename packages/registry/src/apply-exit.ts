import { checkApproved, checkEvidenceIds } from "./check-decision";
import { unmetExitCriterion } from "./check-exit-criteria";
import { addHours, type FileContext, refuse } from "./file-context";
import type { EventOf } from "./registry-event-schema";
import type { RegistryStatus } from "./registry-status";
import { setStatus } from "./set-status";
import type { StudentFile } from "./student-file";

/**
 * Applies an exit or a close. An exit (watch → monitor-after-exit, T9) needs every exit
 * criterion of the profile; a close after follow-up (T10) needs the monitoring period
 * over; a close on graduation or transfer (T14) may come from any status.
 *
 * @returns whether it applied (issues added otherwise)
 */
export function applyExit(ctx: FileContext, draft: StudentFile, event: EventOf<"exit">): boolean {
  if (!checkEvidenceIds(ctx, event.evidence)) return false;
  const from = draft.status;
  const to: RegistryStatus = event.step === "exit" ? "monitor-after-exit" : "closed";
  if (event.closeReason === "follow-up-complete" && from !== "monitor-after-exit") {
    return refuse(ctx, "transition-illegal", { from, to });
  }
  const decision = { proposer: event.proposer, approver: event.approver, evidence: event.evidence };
  if (!checkApproved(ctx, from, to, decision)) return false;
  if (event.step === "exit") {
    const unmet = unmetExitCriterion(ctx, draft);
    if (unmet !== undefined) return refuse(ctx, "exit-criterion-unmet", { criterion: unmet });
    setStatus(ctx, draft, to, null);
    draft.monitorUntil = addHours(event.time, ctx.profile.exit.monitorDays * 24);
    return true;
  }
  if (
    event.closeReason === "follow-up-complete" &&
    draft.monitorUntil !== null &&
    Date.parse(event.time) < Date.parse(draft.monitorUntil)
  ) {
    return refuse(ctx, "monitoring-not-over", { until: draft.monitorUntil });
  }
  setStatus(ctx, draft, to, null);
  draft.closeReason = event.closeReason ?? null;
  draft.monitorUntil = null;
  return true;
}
