import { addHours, type FileContext, followUpOf } from "./file-context";
import type { RegistryStatus } from "./registry-status";
import type { StudentFile } from "./student-file";

const OFF_LIST: readonly RegistryStatus[] = ["universal", "monitor-after-exit", "closed"];

/**
 * Moves a file to a status and level, writing the step into its level history and the
 * plan deadline the new level's follow-up rule asks for.
 *
 * @param ctx - the event being applied
 * @param draft - the file to change
 * @param status - the new status
 * @param level - the new level code, or null
 * @param provisional - whether the level awaits confirmation
 */
export function setStatus(
  ctx: FileContext,
  draft: StudentFile,
  status: RegistryStatus,
  level: string | null,
  provisional = false,
): void {
  const { event } = ctx;
  if (OFF_LIST.includes(draft.status) && !OFF_LIST.includes(status)) draft.openedAt = event.time;
  draft.levelHistory.push({
    eventId: event.id,
    time: event.time,
    from: draft.status,
    to: status,
    level,
    provisional,
  });
  if (level !== draft.level) draft.levelSince = level === null ? null : event.time;
  draft.status = status;
  draft.level = level;
  draft.provisional = provisional;
  if (!provisional) draft.beforeProvisional = null;
  const followUp = followUpOf(ctx.profile, level);
  draft.planDueAt =
    followUp?.planRequired === true && draft.plan === null
      ? addHours(event.time, (followUp.planWithinDays ?? 0) * 24)
      : null;
}
