import {
  censusReportDocument,
  monthlyReport,
  monthlyReportDocument,
  renderReportHtml,
} from "@psyscreen/registry";
import { currentCensus } from "./current-census";
import { html } from "./html";
import { say } from "./messages";
import type { Portal } from "./open-portal";
import { type PageContext, query } from "./page-context";
import { staffLayout } from "./staff-layout";

/** The census report of the term so far (counts only), rendered by the registry. */
export function censusReportHtml(portal: Portal, ctx: PageContext, now: Date): string {
  return renderReportHtml(censusReportDocument(currentCensus(portal, now).report, ctx.locale));
}

/** The month a query asks for (`YYYY-MM`), default the current one. */
export function monthOf(value: unknown, now: Date): string {
  return typeof value === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)
    ? value
    : now.toISOString().slice(0, 7);
}

/** The monthly dispatch report (counts only), rendered by the registry. */
export async function monthlyReportHtml(
  portal: Portal,
  ctx: PageContext,
  month: string,
  now: Date,
): Promise<string> {
  const report = monthlyReport(await portal.registry.files(), {
    profile: portal.profile,
    month,
    termStart: portal.school.campaign.window.start,
    census: currentCensus(portal, now).report,
  });
  return renderReportHtml(monthlyReportDocument(report, ctx.locale));
}

/** The coverage tab: the census report in a frame. */
export function coveragePage(portal: Portal, ctx: PageContext): string {
  const title = say(ctx.locale, "tab-coverage");
  return staffLayout(portal, ctx, {
    tab: "coverage",
    title,
    path: "/staff/coverage",
    body: html`<iframe class="report" title="${title}" src="/staff/report/census${query(ctx)}"></iframe>`,
  });
}

/** The monthly tab: the month picker and the report in a frame. */
export function monthlyPage(portal: Portal, ctx: PageContext, month: string): string {
  const title = say(ctx.locale, "tab-monthly");
  return staffLayout(portal, ctx, {
    tab: "monthly",
    title,
    path: "/staff/monthly",
    body: html`<form method="get" action="/staff/monthly" class="month"><input type="hidden" name="lang" value="${ctx.locale}"><input type="hidden" name="role" value="${ctx.role}">${ctx.unit ? html`<input type="hidden" name="unit" value="${ctx.unit}">` : ""}<label>${say(ctx.locale, "monthly-for")} <input type="month" name="month" value="${month}"></label> <button type="submit">${say(ctx.locale, "show")}</button></form>
<iframe class="report" title="${title}" src="/staff/report/monthly${query(ctx, { month })}"></iframe>`,
  });
}
