import { html, type Safe } from "./html";
import { layout } from "./layout";
import { say } from "./messages";
import type { Portal } from "./open-portal";
import { type PageContext, query } from "./page-context";
import { staffRoles, unitsOf } from "./staff-scope";

type Tab = "follow-up" | "coverage" | "monthly";

/** A staff page: the role switch (and class or grade), the tabs, and the body. */
export function staffLayout(
  portal: Portal,
  ctx: PageContext,
  options: { tab: Tab | null; title: string; path: string; body: Safe; notice?: Safe },
): string {
  const roles = staffRoles(portal);
  const units = unitsOf(portal, ctx.role!);
  const unitLabel = ctx.role === "class-teacher" ? "unit-class" : "unit-grade";
  const tabs: Tab[] = ["follow-up", "coverage", "monthly"];
  const switcher = html`<form class="switch" method="get" action="${options.tab ? `/staff/${options.tab}` : "/staff/follow-up"}">
<input type="hidden" name="lang" value="${ctx.locale}">
<label>${say(ctx.locale, "role")} <select name="role" id="role-switch">${roles.map(
    (r) =>
      html`<option value="${r.code}"${r.code === ctx.role ? html` selected` : ""}>${r.label[ctx.locale]}</option>`,
  )}</select></label>
${units.length > 0 ? html`<label>${say(ctx.locale, unitLabel)} <select name="unit">${units.map((u) => html`<option${u === ctx.unit ? html` selected` : ""}>${u}</option>`)}</select></label>` : ""}
<button type="submit">${say(ctx.locale, "show")}</button></form>`;
  const nav = html`<nav class="tabs">${tabs.map(
    (t) =>
      html`<a href="/staff/${t}${query(ctx)}"${t === options.tab ? html` aria-current="page"` : ""}>${say(ctx.locale, `tab-${t}`)}</a>`,
  )}</nav>`;
  return layout(ctx, {
    title: options.title,
    section: "staff",
    path: options.path,
    scripts: ["/assets/staff.js"],
    body: html`<div class="staff-head"><h1>${options.title}</h1>${switcher}</div>${nav}${options.notice ?? ""}${options.body}`,
  });
}
