import { aggregateFor } from "@psyscreen/registry";
import { followUpRows } from "./follow-up-rows";
import { html, type Safe } from "./html";
import { say } from "./messages";
import type { Portal } from "./open-portal";
import { type PageContext, query } from "./page-context";
import { showTime } from "./show-time";
import { staffLayout } from "./staff-layout";
import { flagLabel, flagTag, levelBadge, statusLabel } from "./view-parts";

/** The county centre's page: `aggregateFor` over every file, no student named. */
async function aggregateBody(portal: Portal, ctx: PageContext): Promise<Safe> {
  const view = aggregateFor(ctx.role!, await portal.registry.files(), portal.profile);
  const k = portal.profile.reporting.minCellSize;
  const cell = (n: number | null | undefined) => (n === null ? `< ${k}` : String(n ?? "—"));
  const rows: [string, number | null | undefined][] = [
    [say(ctx.locale, "aggregate-students"), view.students],
    [say(ctx.locale, "aggregate-screened"), view.screened],
    [say(ctx.locale, "aggregate-family"), view.familyContacted],
    ...Object.entries(view.levels ?? {}).map(([code, n]): [string, number | null] => [
      say(ctx.locale, "aggregate-level", {
        level: portal.profile.warningLevels.find((l) => l.code === code)?.label[ctx.locale] ?? code,
      }),
      n,
    ]),
    ...Object.entries(view.openFlags ?? {}).map(([kind, n]): [string, number | null] => [
      say(ctx.locale, "aggregate-flag", { kind: flagLabel(kind, ctx.locale) }),
      n,
    ]),
  ];
  return html`<section class="card"><h2>${say(ctx.locale, "aggregate-title", { k })}</h2><table class="counts"><tbody>${rows
    .filter(([, n]) => n !== undefined)
    .map(
      ([label, n]) => html`<tr><th scope="row">${label}</th><td>${cell(n)}</td></tr>`,
    )}</tbody></table></section>`;
}

/**
 * The follow-up list of a role: name, class, level, flags or the talk due, deadline
 * (overdue ones marked), what to do — each cell only when the role's view has it.
 */
export async function followUpPage(portal: Portal, ctx: PageContext, now: Date): Promise<string> {
  const title = say(ctx.locale, "tab-follow-up");
  if (ctx.role === "county-centre") {
    return staffLayout(portal, ctx, {
      tab: "follow-up",
      title,
      path: "/staff/follow-up",
      body: await aggregateBody(portal, ctx),
    });
  }
  const rows = await followUpRows(portal, ctx, now);
  const showStatus = rows.some((r) => r.view.status !== undefined);
  const showFlags = rows.some((r) => r.view.flags !== undefined || r.view.needsTalk !== undefined);
  const t = (key: Parameters<typeof say>[1]) => say(ctx.locale, key);
  const body =
    rows.length === 0
      ? html`<p class="empty">${t("follow-none")}</p>`
      : html`<table class="follow-up"><thead><tr><th scope="col">${t("follow-student")}</th><th scope="col">${t("follow-class")}</th><th scope="col">${t("follow-level")}</th>${showStatus ? html`<th scope="col">${t("follow-status")}</th>` : ""}${showFlags ? html`<th scope="col">${t("follow-flags")}</th>` : ""}<th scope="col">${t("follow-due")}</th><th scope="col">${t("follow-todo")}</th></tr></thead><tbody>${rows.map(
          (r) => {
            const v = r.view;
            const name = portal.school.names[r.studentId]?.[ctx.locale] ?? r.studentId;
            const todo = [
              v.needsTalk ? v.needsTalk.message[ctx.locale] : "",
              v.level?.followUpEveryDays
                ? say(ctx.locale, "file-every", { days: v.level.followUpEveryDays })
                : "",
              ...(v.plan?.measures ?? []).map((m) => m.what),
            ].filter(Boolean);
            return html`<tr class="${r.overdue ? "overdue" : ""}" data-student="${r.studentId}"><th scope="row"><a href="/staff/student/${r.studentId}${query(ctx)}">${name}</a></th><td>${r.unit}</td><td>${levelBadge(v, ctx.locale)}</td>${showStatus ? html`<td>${v.status ? statusLabel(v.status, ctx.locale) : ""}</td>` : ""}${showFlags ? html`<td>${(v.flags ?? []).map((f) => html`${flagTag(f, ctx.locale)} `)}${v.needsTalk ? html`<span class="flag">${v.needsTalk.message[ctx.locale]}</span>` : ""}</td>` : ""}<td>${r.dueAt ? showTime(r.dueAt, ctx.locale) : "—"}${r.overdue ? html` <strong class="late">${t("follow-overdue")}</strong>` : ""}</td><td>${todo.join(" · ")}</td></tr>`;
          },
        )}</tbody></table>`;
  return staffLayout(portal, ctx, { tab: "follow-up", title, path: "/staff/follow-up", body });
}
