import type { Locale } from "@psyscreen/core";

/** Who is looking, in which language, at which unit (class or grade) — from the query. */
export interface PageContext {
  locale: Locale;
  /** A staff role code; undefined on student pages. */
  role?: string;
  /** The class (class teacher) or grade (head of grade) the role looks after. */
  unit?: string;
}

/** The query string that keeps a context across links, with extra parameters. */
export function query(ctx: PageContext, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  params.set("lang", ctx.locale);
  if (ctx.role) params.set("role", ctx.role);
  if (ctx.unit) params.set("unit", ctx.unit);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return `?${params.toString()}`;
}

/** The locale a query asks for: `en` or `zh-CN` (default). */
export function localeOf(value: unknown): Locale {
  return value === "en" ? "en" : "zh-CN";
}
