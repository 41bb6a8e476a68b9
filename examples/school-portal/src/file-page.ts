import { viewFor } from "@psyscreen/registry";
import { fileTimeline } from "./file-timeline";
import { html, type Safe } from "./html";
import { say } from "./messages";
import type { Portal } from "./open-portal";
import { type PageContext, query } from "./page-context";
import { showTime } from "./show-time";
import { staffForms } from "./staff-forms";
import { staffLayout } from "./staff-layout";
import { studentsInScope } from "./staff-scope";
import { flagTag, levelBadge, statusLabel } from "./view-parts";

/**
 * A student's file (一生一册) as the role's view (`viewFor`) shows it, with the history
 * and the forms; null when the student is outside the role's scope or the view is empty.
 * An on-request view of results is logged.
 */
export async function filePage(
  portal: Portal,
  ctx: PageContext,
  studentId: string,
  now: Date,
  notice?: Safe,
): Promise<string | null> {
  const student = studentsInScope(portal, ctx).find((s) => s.studentId === studentId);
  if (student === undefined) return null;
  const file = await portal.registry.file(studentId);
  const view = viewFor(ctx.role!, file, portal.profile);
  if (view === null) return null;
  if (view.accessLogged)
    portal.store.logAccess(ctx.role!, studentId, "answers-and-scores", now.toISOString());
  const t = (key: Parameters<typeof say>[1], p?: Record<string, string | number>) =>
    say(ctx.locale, key, p);
  const name = portal.school.names[studentId]?.[ctx.locale] ?? studentId;
  const facts: Safe[] = [];
  if (view.level)
    facts.push(
      html`<div><dt>${t("file-level")}</dt><dd>${levelBadge(view, ctx.locale)}</dd></div>`,
    );
  if (view.status)
    facts.push(
      html`<div><dt>${t("file-status")}</dt><dd>${statusLabel(view.status, ctx.locale)}</dd></div>`,
    );
  if (view.needsTalk)
    facts.push(
      html`<div><dt>${view.needsTalk.message[ctx.locale]}</dt><dd>${t("file-needs-talk", { due: showTime(view.needsTalk.dueAt, ctx.locale) })}</dd></div>`,
    );
  if (view.flags?.length)
    facts.push(
      html`<div><dt>${t("file-flags")}</dt><dd>${view.flags.map((f) => html`${flagTag(f, ctx.locale)} `)}</dd></div>`,
    );
  if (view.level?.followUpEveryDays)
    facts.push(
      html`<div><dt>${t("follow-todo")}</dt><dd>${t("file-every", { days: view.level.followUpEveryDays })}</dd></div>`,
    );
  const plan = view.plan
    ? html`<section class="card"><h2>${t("file-plan")}</h2>${view.plan.goals ? html`<p><b>${t("file-goals")}:</b> ${view.plan.goals.join("; ")}</p>` : ""}${view.plan.measures?.length ? html`<p><b>${t("file-measures")}:</b> ${view.plan.measures.map((m) => `${m.what} (${m.owner}, ${m.everyDays} d)`).join("; ")}</p>` : ""}</section>`
    : "";
  const body = html`<p class="back"><a href="/staff/follow-up${query(ctx)}">← ${t("file-back")}</a></p>
<section class="card"><h2>${name} <small>${student.units.class ?? ""}</small></h2><dl class="facts">${facts}</dl>
${view.accessLogged ? html`<p class="note">${t("file-access-logged")}</p>` : ""}</section>
${plan}
<section class="card"><h2>${t("file-history")}</h2>${fileTimeline(view, file, portal.profile, ctx.locale)}</section>
${staffForms(portal, ctx, studentId)}`;
  return staffLayout(portal, ctx, {
    tab: null,
    title: t("file-title"),
    path: `/staff/student/${studentId}`,
    body,
    ...(notice ? { notice } : {}),
  });
}
