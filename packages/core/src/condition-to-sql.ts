import type { Condition } from "./condition-schema";
import { sqlNumber, sqlOp } from "./sql-dialect";

/** How a condition names the row's columns. */
export interface ConditionContext {
  raw: (id: string) => string;
  validOf: (id: string) => string;
  score: (id: string) => string;
  notShown: Set<string>;
}

/**
 * A flag condition as an SQL boolean that is never NULL. With `rawNumbers` (critical
 * and acute flags) an item comparison reads any number given, as the engine does.
 */
export function conditionToSql(c: Condition, rawNumbers: boolean, ctx: ConditionContext): string {
  if ("any" in c) return `(${c.any.map((p) => conditionToSql(p, rawNumbers, ctx)).join(" OR ")})`;
  if ("all" in c) return `(${c.all.map((p) => conditionToSql(p, rawNumbers, ctx)).join(" AND ")})`;
  if ("skipped" in c)
    return ctx.notShown.has(c.skipped) ? "(1 = 0)" : `(${ctx.raw(c.skipped)} IS NULL)`;
  const op = sqlOp(c.op);
  if ("score" in c)
    return `(${ctx.score(c.score)} IS NOT NULL AND ${ctx.score(c.score)} ${op} ${sqlNumber(c.value)})`;
  const x = ctx.raw(c.item);
  const usable = rawNumbers ? `${x} IS NOT NULL` : ctx.validOf(c.item);
  return `(${usable} AND ${x} ${op} ${sqlNumber(c.value)})`;
}
