import type { Locale } from "@psyscreen/core";
import type { OverdueItem, StudentView } from "@psyscreen/registry";
import { say } from "./messages";

/**
 * A student's view as lines of text for a terminal: only what the view holds (a role
 * that may not see scores gets none), then the overdue work shown to the role.
 *
 * @param studentId - the student
 * @param role - the role reading
 * @param view - `viewFor(role, file, profile)`; null when the role sees nothing
 * @param due - the overdue items the role is shown
 * @returns the text, ending with a newline
 */
export function formatStudentView(
  studentId: string,
  role: string,
  view: StudentView | null,
  due: readonly OverdueItem[],
  locale: Locale,
): string {
  const lines = [say(locale, "show-title", { student: studentId, role })];
  if (view === null) lines.push(`  ${say(locale, "show-nothing")}`);
  else {
    if (view.level !== undefined) {
      const notes = [
        view.level.provisional ? say(locale, "show-provisional") : "",
        view.level.followUpEveryDays === undefined
          ? ""
          : say(locale, "show-follow-up", { days: view.level.followUpEveryDays }),
      ].filter((n) => n !== "");
      const label = view.level.label[locale] ?? view.level.code;
      const level = `${label} (${view.level.code})${notes.length ? `, ${notes.join(", ")}` : ""}`;
      lines.push(`  ${say(locale, "show-level", { level })}`);
    }
    if (view.status !== undefined) {
      const status = `${view.status}${view.referred ? `, ${say(locale, "show-referred")}` : ""}`;
      lines.push(`  ${say(locale, "show-status", { status })}`);
    }
    if (view.needsTalk !== undefined) {
      const { message, dueAt, ownerRole } = view.needsTalk;
      lines.push(
        `  ${say(locale, "show-needs-talk", { message: message[locale], due: dueAt, owner: ownerRole })}`,
      );
    }
    if (view.flags !== undefined && view.flags.length > 0) {
      const flags = view.flags.map((f) => `${f.kind} (${f.scaleId ?? "-"}, ${f.dueAt})`);
      lines.push(`  ${say(locale, "show-flags", { flags: flags.join("; ") })}`);
    }
    if (view.results !== undefined && view.results.length > 0) {
      lines.push(`  ${say(locale, "show-results")}`);
      for (const r of view.results) {
        const scores = Object.entries(r.scores ?? {}).map(
          ([k, s]) => `${k} ${s.value ?? "-"}${s.band ? ` (${s.band})` : ""}`,
        );
        const bands = Object.entries(r.bands ?? {}).map(([k, b]) => `${k} ${b}`);
        const flags = (r.flags ?? []).map((f) => f.id);
        const parts = [...scores, ...bands, ...(flags.length ? [`flags ${flags.join(";")}`] : [])];
        lines.push(`    ${r.term} ${r.scaleId} ${r.time.slice(0, 10)}: ${parts.join(", ")}`);
      }
    }
    if (view.plan !== undefined) {
      if (view.plan.reviewOn !== undefined) {
        lines.push(
          `  ${say(locale, "show-plan", { review: view.plan.reviewOn, goals: (view.plan.goals ?? []).join("; ") })}`,
        );
      }
      if (view.plan.reviewOn === undefined && view.plan.measures !== undefined) {
        const measures = view.plan.measures.map((m) => `${m.what} (${m.everyDays} d)`);
        lines.push(`  ${say(locale, "show-measures", { measures: measures.join("; ") })}`);
      }
    }
    // the history the view holds: census participation, notes, family contacts
    const history = [
      ...(view.participation ?? []).map((p) => `${p.time} census-result ${p.scaleId}`),
      ...[...(view.notes ?? []), ...(view.family?.contacts ?? [])].map(
        (e) => `${e.time} ${e.type} (${e.role})`,
      ),
    ].sort();
    if (history.length > 0) {
      lines.push(`  ${say(locale, "show-history")}`);
      for (const h of history) lines.push(`    ${h}`);
    }
    if (view.family !== undefined) {
      lines.push(
        `  ${say(locale, "show-family", { count: view.family.contacts.length, last: view.family.lastContactAt ?? "-" })}`,
      );
    }
  }
  if (due.length > 0) {
    lines.push(`  ${say(locale, "show-overdue")}`);
    for (const o of due)
      lines.push(`    ${o.kind} ${o.dueAt}${o.ownerRole ? ` (${o.ownerRole})` : ""}`);
  }
  return `${lines.join("\n")}\n`;
}
