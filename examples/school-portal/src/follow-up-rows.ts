import { type StudentView, viewFor } from "@psyscreen/registry";
import type { Portal } from "./open-portal";
import type { PageContext } from "./page-context";
import { studentsInScope } from "./staff-scope";

/** One line of a role's follow-up list: only what the role's view holds. */
export interface FollowUpRow {
  studentId: string;
  unit: string;
  view: StudentView;
  /** The earliest deadline the view shows (an open flag's interview, or a talk). */
  dueAt: string | null;
  overdue: boolean;
}

/**
 * The follow-up list as a role sees it: each student in the role's scope whose view
 * (`viewFor`) shows a flag, a talk due or a warning level, earliest deadline first. A role
 * with no view of single students (the county centre) gets no rows.
 */
export async function followUpRows(
  portal: Portal,
  ctx: PageContext,
  now: Date,
): Promise<FollowUpRow[]> {
  const rows: FollowUpRow[] = [];
  for (const student of studentsInScope(portal, ctx)) {
    const file = await portal.registry.file(student.studentId);
    if (file.history.length === 0) continue;
    const view = viewFor(ctx.role!, file, portal.profile);
    if (view === null) continue;
    if (!view.flags?.length && view.needsTalk === undefined && view.level === undefined) continue;
    const dues = [
      ...(view.flags ?? []).map((f) => f.dueAt),
      ...(view.needsTalk ? [view.needsTalk.dueAt] : []),
    ].sort();
    const dueAt = dues[0] ?? null;
    rows.push({
      studentId: student.studentId,
      unit: student.units.class ?? "",
      view,
      dueAt,
      overdue: dueAt !== null && Date.parse(dueAt) < now.getTime(),
    });
  }
  const rank = (r: FollowUpRow) =>
    portal.profile.warningLevels.find((l) => l.code === r.view.level?.code)?.severityRank ?? 0;
  return rows.sort((a, b) =>
    (a.dueAt ?? "9") < (b.dueAt ?? "9")
      ? -1
      : (a.dueAt ?? "9") > (b.dueAt ?? "9")
        ? 1
        : rank(b) - rank(a),
  );
}
