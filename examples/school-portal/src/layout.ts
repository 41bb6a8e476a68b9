import { html, type Safe } from "./html";
import { say } from "./messages";
import { type PageContext, query } from "./page-context";

/** The Content-Security-Policy of the portal's pages: own scripts and styles only. */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

/**
 * A page of the portal: header with the student / staff switch and the language switch,
 * the synthetic-data banner, and the body.
 */
export function layout(
  ctx: PageContext,
  options: {
    title: string;
    section: "student" | "staff";
    path: string;
    body: Safe;
    scripts?: string[];
  },
): string {
  const other = ctx.locale === "en" ? "zh-CN" : "en";
  const langLink = `${options.path}${query({ ...ctx, locale: other })}`;
  const studentQ = query({ locale: ctx.locale });
  const staffQ = query({ locale: ctx.locale, ...(ctx.role ? { role: ctx.role } : {}) });
  const page = html`<!doctype html>
<html lang="${ctx.locale}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · ${say(ctx.locale, "app-title")}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/portal.css">
${(options.scripts ?? []).map((s) => html`<script type="module" src="${s}"></script>`)}
</head><body>
<header class="top"><a class="brand" href="/${studentQ}">${say(ctx.locale, "app-title")}</a>
<nav class="top-nav" aria-label="${say(ctx.locale, "app-title")}">
<a href="/student${studentQ}"${options.section === "student" ? html` aria-current="page"` : ""}>${say(ctx.locale, "nav-student")}</a>
<a href="/staff/follow-up${staffQ}"${options.section === "staff" ? html` aria-current="page"` : ""}>${say(ctx.locale, "nav-staff")}</a>
<a class="lang" href="${langLink}" hreflang="${other}" lang="${other}">${other === "en" ? "English" : "中文"}</a>
</nav></header>
<p class="banner" role="note">${say(ctx.locale, "demo-banner")}</p>
<main>${options.body}</main>
</body></html>
`;
  return page.safe;
}
