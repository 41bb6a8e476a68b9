import { html } from "./html";
import { layout } from "./layout";
import { say } from "./messages";
import type { Portal } from "./open-portal";
import { type PageContext, query } from "./page-context";
import { batteryOf } from "./record-battery";

/** The students of the open classes, to pick one (synthetic names only). */
export function studentListPage(portal: Portal, ctx: PageContext): string {
  const { roster, names, openClasses } = portal.school;
  const groups = openClasses.map((unit) => {
    const students = roster.students.filter((s) => s.units.class === unit);
    return html`<section class="card"><h2>${say(ctx.locale, "unit-class")} ${unit}</h2><ul class="pick">${students.map(
      (s) => {
        const done = portal.store.hasSheet(s.studentId);
        const name = names[s.studentId]?.[ctx.locale] ?? s.studentId;
        return done
          ? html`<li class="done"><span>${name}</span> <small>${say(ctx.locale, "student-done")}</small></li>`
          : html`<li><a href="/student/${s.studentId}${query(ctx)}">${name}</a></li>`;
      },
    )}</ul></section>`;
  });
  return layout(ctx, {
    title: say(ctx.locale, "student-title"),
    section: "student",
    path: "/student",
    body: html`<h1>${say(ctx.locale, "student-title")}</h1><p>${say(ctx.locale, "student-pick")}</p>${groups}`,
  });
}

/**
 * The battery of one student: the campaign's scales for the grade, one `<psy-screening>`
 * after the other, each with the (example) crisis resources in its `help` slot. The page
 * script posts the item answers when the last one completes; scores stay on the server.
 */
export function batteryPage(portal: Portal, ctx: PageContext, studentId: string): string | null {
  const battery = batteryOf(portal, studentId);
  if (battery === undefined) return null;
  const student = portal.school.roster.students.find((s) => s.studentId === studentId)!;
  const name = portal.school.names[studentId]?.[ctx.locale] ?? studentId;
  const answered = portal.store.hasSheet(studentId);
  const help = html`<div slot="help" class="help"><h3>${say(ctx.locale, "help-title")}</h3><p>${say(ctx.locale, "help-body")}</p><ul><li>${say(ctx.locale, "help-line-1")}</li><li>${say(ctx.locale, "help-line-2")}</li></ul><p class="example">${say(ctx.locale, "help-example")}</p></div>`;
  const body = answered
    ? html`<p class="notice">${say(ctx.locale, "student-answered")}</p>`
    : html`<form id="battery" data-student="${studentId}" data-submitting="${say(ctx.locale, "student-submitting")}" data-failed="${say(ctx.locale, "send-failed")}">
${battery.map((scaleId, i) => html`<psy-screening scale="${scaleId}" name="${scaleId}" lang="${ctx.locale}"${i > 0 ? html` hidden` : ""}>${help}</psy-screening>`)}
</form>
<p id="status" role="status"></p>
<section id="thanks" class="card thanks" hidden tabindex="-1"><h2>${say(ctx.locale, "thanks-title")}</h2><p>${say(ctx.locale, "thanks-body")}</p><p><a href="/student${query(ctx)}">${say(ctx.locale, "thanks-back")}</a></p></section>`;
  return layout(ctx, {
    title: say(ctx.locale, "student-title"),
    section: "student",
    path: `/student/${studentId}`,
    scripts: ["/assets/psy-screening.min.js", "/assets/student.js"],
    body: html`<h1>${say(ctx.locale, "student-title")}</h1>
<p class="who">${say(ctx.locale, "student-of", { name, unit: student.units.class ?? "" })}</p>
<p>${say(ctx.locale, "student-intro")}</p>${body}`,
  });
}
