import type { RosterStudent } from "@psyscreen/registry";
import type { Portal } from "./open-portal";
import type { PageContext } from "./page-context";

/** The staff roles of the profile (class teacher … county centre), in the profile's order. */
export function staffRoles(
  portal: Portal,
): { code: string; label: { en: string; "zh-CN": string } }[] {
  return portal.profile.roles.filter((r) => r.kind === "staff");
}

/** The units a role picks from: classes for a class teacher, grades for a head of grade. */
export function unitsOf(portal: Portal, role: string): string[] {
  const tier = role === "class-teacher" ? "class" : role === "grade-head" ? "grade" : undefined;
  if (tier === undefined) return [];
  return [...new Set(portal.school.roster.students.map((s) => s.units[tier] ?? ""))].filter(
    Boolean,
  );
}

/**
 * The students a role looks after: a class teacher their class, a head of grade their
 * grade, school staff everyone, the county centre no one (it sees counts only).
 */
export function studentsInScope(portal: Portal, ctx: PageContext): RosterStudent[] {
  const all = portal.school.roster.students;
  switch (ctx.role) {
    case "class-teacher":
      return all.filter((s) => s.units.class === ctx.unit);
    case "grade-head":
      return all.filter((s) => s.units.grade === ctx.unit);
    case "psy-teacher":
    case "school-leader":
      return all;
    default:
      return [];
  }
}

/** The context with a role the profile has (or undefined) and a unit that role may take. */
export function staffContext(portal: Portal, ctx: PageContext): PageContext | undefined {
  if (!staffRoles(portal).some((r) => r.code === ctx.role)) return undefined;
  const units = unitsOf(portal, ctx.role!);
  if (units.length === 0) return { locale: ctx.locale, role: ctx.role! };
  const preferred = portal.school.openClasses[0] ?? units[0]!;
  const fallback = ctx.role === "grade-head" ? preferred.split("-")[0]! : preferred;
  return { ...ctx, unit: ctx.unit && units.includes(ctx.unit) ? ctx.unit : fallback };
}
