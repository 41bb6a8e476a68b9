import type { FormulaNode } from "./formula";
import { sqlNumber, sqlRound } from "./sql-dialect";

/** An SQL expression and whether it can be NULL (a division by zero, a negative root). */
interface Expr {
  sql: string;
  nullable: boolean;
  /**
   * For a 1-or-0 value that is never NULL (a comparison, `and`, `or`, `not`), the SQL
   * boolean it was made from: testing it is cheaper than testing `(CASE … END) <> 0`.
   */
  condition?: string;
}

/** An SQL boolean, TRUE where the value is not 0: the value's own condition when it has one. */
const truth = (x: Expr) => x.condition ?? `(${x.sql}) <> 0`;

/**
 * NULL when any operand is NULL, else `expr`: NULL (JavaScript's NaN) propagates. Only
 * operands that can be NULL are tested, so an expression over plain values and literals
 * is written once: the operands are not repeated in the guard.
 */
function strict(operands: Expr[], expr: string): Expr {
  const tests = operands.filter((o) => o.nullable).map((o) => `(${o.sql}) IS NULL`);
  return tests.length === 0
    ? { sql: expr, nullable: false }
    : { sql: `(CASE WHEN ${tests.join(" OR ")} THEN NULL ELSE ${expr} END)`, nullable: true };
}

/**
 * 1 or 0 for a condition over operands, NULL when an operand is NULL. The condition is
 * never NULL where the guard lets it through, so a cast gives the same INTEGER as
 * `CASE WHEN … THEN 1 ELSE 0 END`, and DuckDB computes it about a third faster.
 */
function flag(operands: Expr[], condition: string): Expr {
  const value = strict(operands, `CAST((${condition}) AS INTEGER)`);
  // over operands that are never NULL, the condition is never NULL either
  return value.nullable ? value : { ...value, condition: `(${condition})` };
}

/**
 * Translates a checked formula tree into an SQL expression with the semantics of
 * `compileFormula`: comparisons and logic yield 1 or 0, `round` rounds half up, and a
 * division by zero or the square root of a negative number is NULL and stays NULL
 * through every operation (JavaScript's NaN), so the score is null. Callers guard the
 * NULL inputs themselves (a formula over a null value is null): a name is taken to be
 * never NULL, so only what a division or a root can make NULL is tested again.
 */
export function formulaToSql(node: FormulaNode, name: (id: string) => string): string {
  return toSql(node, name).sql;
}

function toSql(node: FormulaNode, name: (id: string) => string): Expr {
  const sql = (n: FormulaNode) => toSql(n, name);
  const plain = (text: string, ...from: Expr[]): Expr => ({
    sql: text,
    nullable: from.some((e) => e.nullable),
  });
  switch (node.kind) {
    case "number":
      return { sql: sqlNumber(node.value), nullable: false };
    case "name":
      return { sql: name(node.name), nullable: false };
    case "negate": {
      const x = sql(node.arg);
      return plain(`(-(${x.sql}))`, x);
    }
    case "not": {
      const x = sql(node.arg);
      return flag([x], x.condition === undefined ? `(${x.sql}) = 0` : `NOT ${x.condition}`);
    }
    case "conditional": {
      const test = sql(node.test);
      const a = sql(node.whenTrue);
      const b = sql(node.whenFalse);
      const pick = `(CASE WHEN ${truth(test)} THEN ${a.sql} ELSE ${b.sql} END)`;
      const guarded = strict([test], pick);
      return { sql: guarded.sql, nullable: guarded.nullable || a.nullable || b.nullable };
    }
    case "call": {
      const args = node.args.map(sql);
      const x = args[0]!;
      switch (node.fn) {
        case "abs":
          return plain(`ABS(${x.sql})`, x);
        case "floor":
          return plain(`FLOOR(${x.sql})`, x);
        case "ceil":
          return plain(`CEIL(${x.sql})`, x);
        case "sqrt":
          return {
            sql: `(CASE WHEN (${x.sql}) < 0 THEN NULL ELSE SQRT(${x.sql}) END)`,
            nullable: true,
          };
        case "round":
          return plain(sqlRound(x.sql, args[1]?.sql ?? "0", "half-up"), ...args);
        case "min":
          return args.length === 1
            ? x
            : strict(args, `LEAST(${args.map((a) => a.sql).join(", ")})`);
        case "max":
          return args.length === 1
            ? x
            : strict(args, `GREATEST(${args.map((a) => a.sql).join(", ")})`);
      }
      break;
    }
    case "binary": {
      const l = sql(node.left);
      const r = sql(node.right);
      switch (node.op) {
        case "+":
        case "-":
        case "*":
          return plain(`(${l.sql} ${node.op} ${r.sql})`, l, r);
        case "/":
          return { sql: `(${l.sql} / NULLIF(${r.sql}, 0))`, nullable: true };
        case "^":
          return plain(`POWER(${l.sql}, ${r.sql})`, l, r);
        case "==":
          return flag([l, r], `${l.sql} = ${r.sql}`);
        case "!=":
          return flag([l, r], `${l.sql} <> ${r.sql}`);
        case "<":
        case ">":
        case "<=":
        case ">=":
          return flag([l, r], `${l.sql} ${node.op} ${r.sql}`);
        case "and":
          return flag([l, r], `${truth(l)} AND ${truth(r)}`);
        case "or":
          return flag([l, r], `${truth(l)} OR ${truth(r)}`);
      }
    }
  }
  throw new Error(`formulaToSql requires a checked formula node, got ${JSON.stringify(node)}`);
}
