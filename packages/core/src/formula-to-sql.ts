import type { FormulaNode } from "./formula";
import { sqlNumber, sqlRound } from "./sql-dialect";

const truth = (x: string) => `(${x}) <> 0`;

/** NULL when any operand is NULL, else `expr`: NULL (JavaScript's NaN) propagates. */
const strict = (operands: string[], expr: string) =>
  `(CASE WHEN ${operands.map((o) => `(${o}) IS NULL`).join(" OR ")} THEN NULL ELSE ${expr} END)`;

/** 1 or 0 for a condition over operands, NULL when an operand is NULL. */
const flag = (operands: string[], condition: string) =>
  strict(operands, `(CASE WHEN ${condition} THEN 1 ELSE 0 END)`);

/**
 * Translates a checked formula tree into an SQL expression with the semantics of
 * `compileFormula`: comparisons and logic yield 1 or 0, `round` rounds half up, and a
 * division by zero or the square root of a negative number is NULL and stays NULL
 * through every operation (JavaScript's NaN), so the score is null. Callers guard the
 * NULL inputs themselves (a formula over a null value is null).
 */
export function formulaToSql(node: FormulaNode, name: (id: string) => string): string {
  const sql = (n: FormulaNode) => formulaToSql(n, name);
  switch (node.kind) {
    case "number":
      return sqlNumber(node.value);
    case "name":
      return name(node.name);
    case "negate":
      return `(-(${sql(node.arg)}))`;
    case "not":
      return flag([sql(node.arg)], `(${sql(node.arg)}) = 0`);
    case "conditional":
      return strict(
        [sql(node.test)],
        `(CASE WHEN ${truth(sql(node.test))} THEN ${sql(node.whenTrue)} ELSE ${sql(node.whenFalse)} END)`,
      );
    case "call": {
      const args = node.args.map(sql);
      switch (node.fn) {
        case "abs":
          return `ABS(${args[0]})`;
        case "floor":
          return `FLOOR(${args[0]})`;
        case "ceil":
          return `CEIL(${args[0]})`;
        case "sqrt":
          return `(CASE WHEN (${args[0]}) < 0 THEN NULL ELSE SQRT(${args[0]}) END)`;
        case "round":
          return sqlRound(args[0]!, args[1] ?? "0", "half-up");
        case "min":
          return args.length === 1 ? args[0]! : strict(args, `LEAST(${args.join(", ")})`);
        case "max":
          return args.length === 1 ? args[0]! : strict(args, `GREATEST(${args.join(", ")})`);
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
          return `(${l} ${node.op} ${r})`;
        case "/":
          return `(${l} / NULLIF(${r}, 0))`;
        case "^":
          return `POWER(${l}, ${r})`;
        case "==":
          return flag([l, r], `${l} = ${r}`);
        case "!=":
          return flag([l, r], `${l} <> ${r}`);
        case "<":
        case ">":
        case "<=":
        case ">=":
          return flag([l, r], `${l} ${node.op} ${r}`);
        case "and":
          return flag([l, r], `${truth(l)} AND ${truth(r)}`);
        case "or":
          return flag([l, r], `${truth(l)} OR ${truth(r)}`);
      }
    }
  }
  throw new Error(`formulaToSql requires a checked formula node, got ${JSON.stringify(node)}`);
}
