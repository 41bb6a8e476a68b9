import type { Locale } from "@psyscreen/core";
import { applyExit } from "./apply-exit";
import { applyFlag } from "./apply-flag";
import { applyLevelChange } from "./apply-level-change";
import { applyRecord } from "./apply-record";
import { SYSTEM_ROLE } from "./event-base";
import { type FileContext, profileIndex, refuse } from "./file-context";
import type { RegionProfile } from "./region-profile-schema";
import type { RegistryEvent } from "./registry-event-schema";
import { type RegistryIssue, RegistryIssueCollector } from "./registry-issue";
import type { RegistryStatus } from "./registry-status";
import type { StudentFile } from "./student-file";

/** The outcome of applying events: the new file, or why it was refused. */
export type ApplyResult =
  | { success: true; file: StudentFile }
  | { success: false; issues: RegistryIssue[] };

const SYSTEM_EVENTS = new Set(["census-result", "flag-raised", "exit", "level-change"]);
const PLAN_STATUSES: readonly RegistryStatus[] = [
  "watch",
  "key",
  "crisis",
  "on-leave",
  "return-review",
];

function checkActors(ctx: FileContext): boolean {
  const { event, index } = ctx;
  const actors = [{ actor: event.actor, role: event.role }];
  if ("proposer" in event) actors.push(event.proposer);
  if ("approver" in event && event.approver !== undefined) actors.push(event.approver);
  for (const { role } of actors) {
    if (role === SYSTEM_ROLE) {
      if (!SYSTEM_EVENTS.has(event.type))
        return refuse(ctx, "not-automatic", { from: event.type, to: event.type });
      continue;
    }
    const defined = index.roles.get(role);
    if (defined === undefined) return refuse(ctx, "unknown-reference", { kind: "role", id: role });
    const allowed =
      defined.kind === "staff" || (defined.kind === "peer" && event.type === "observation");
    if (!allowed) {
      return refuse(ctx, "role-not-staff", {
        task: "write a file event",
        role,
        roleKind: defined.kind,
      });
    }
  }
  return true;
}

/**
 * Applies one event to a student's file under a profile, or says why it may not be
 * applied. The file given is not changed.
 *
 * @param profile - a validated region profile
 * @param file - the file so far
 * @param event - a parsed event of the same student
 * @param locale - the locale of issue messages
 * @returns `{ success: true, file }` or `{ success: false, issues }`
 * @example
 * applyEvent(profile, emptyFile("s-1"), positiveFlag).success // => true
 */
export function applyEvent(
  profile: RegionProfile,
  file: StudentFile,
  event: RegistryEvent,
  locale: Locale = "en",
): ApplyResult {
  const issues = new RegistryIssueCollector(locale);
  const draft: StudentFile = {
    ...file,
    openFlags: [...file.openFlags],
    referrals: file.referrals.map((r) => ({ ...r })),
    corrected: [...file.corrected],
    levelHistory: [...file.levelHistory],
    history: file.history,
  };
  const ctx: FileContext = { profile, index: profileIndex(profile), file: draft, event, issues };
  const ok = checkEvent(ctx, draft);
  if (!ok) return { success: false, issues: issues.issues };
  draft.history = [...file.history, event];
  return { success: true, file: draft };
}

function checkEvent(ctx: FileContext, draft: StudentFile): boolean {
  const { event } = ctx;
  if (event.studentId !== draft.studentId) {
    return refuse(ctx, "wrong-student", {
      id: event.id,
      other: event.studentId,
      studentId: draft.studentId,
    });
  }
  const ended = draft.closeReason === "graduation" || draft.closeReason === "transfer";
  if (draft.status === "closed" && ended && event.type !== "correction") {
    return refuse(ctx, "file-closed", { closeReason: draft.closeReason ?? "" });
  }
  if (!checkActors(ctx)) return false;
  if (event.type === "plan-created" && !PLAN_STATUSES.includes(draft.status)) {
    return refuse(ctx, "not-in-status", {
      type: event.type,
      expected: PLAN_STATUSES.join("/"),
      status: draft.status,
    });
  }
  // records are applied to a copy whose history already holds the earlier events
  switch (event.type) {
    case "flag-raised":
      return applyFlag(ctx, draft, event);
    case "level-change":
      return applyLevelChange(ctx, draft, event);
    case "exit":
      return applyExit(ctx, draft, event);
    default:
      return applyRecord(ctx, draft, event);
  }
}
