import type { FormulaNode } from "./formula";

/**
 * The helpers `formulaToJs` expressions call, as source to put in front of them: each
 * does exactly what the matching closure of `compileFormula` does (comparisons and
 * logic give 1 or 0, NaN propagates, a division by zero is NaN, `round` rounds half up
 * through `roundValue`, which the caller provides as `roundValue`).
 */
export const FORMULA_HELPERS = `
const f_both = (a, b, r) => (a !== a || b !== b ? NaN : r ? 1 : 0);
const f_truth = (x) => (x !== 0 ? 1 : 0);
const f_not = (a) => f_both(a, a, a === 0);
const f_cond = (t, w, f) => (t !== t ? NaN : t !== 0 ? w : f);
const f_div = (a, b) => (b === 0 ? NaN : a / b);
const f_eq = (a, b) => f_both(a, b, a === b);
const f_ne = (a, b) => f_both(a, b, a !== b);
const f_lt = (a, b) => f_both(a, b, a < b);
const f_gt = (a, b) => f_both(a, b, a > b);
const f_le = (a, b) => f_both(a, b, a <= b);
const f_ge = (a, b) => f_both(a, b, a >= b);
const f_and = (a, b) => f_both(a, b, (f_truth(a) & f_truth(b)) === 1);
const f_or = (a, b) => f_both(a, b, (f_truth(a) | f_truth(b)) === 1);
const f_round = (a, d) => roundValue(a, { digits: d, mode: "half-up" });
const f_min = (...xs) => { let m = Infinity; for (const x of xs) m = Math.min(m, x); return m; };
const f_max = (...xs) => { let m = -Infinity; for (const x of xs) m = Math.max(m, x); return m; };
`;

const BINARY: Record<string, string> = {
  "/": "f_div",
  "==": "f_eq",
  "!=": "f_ne",
  "<": "f_lt",
  ">": "f_gt",
  "<=": "f_le",
  ">=": "f_ge",
  and: "f_and",
  or: "f_or",
};

const num = (n: number) => (Object.is(n, -0) ? "-0" : n < 0 ? `(${n})` : String(n));

/**
 * Writes a checked formula tree as one JavaScript expression over `FORMULA_HELPERS`,
 * for the batch loop generated per scale: the same numbers as `compileFormula`'s
 * closures, without a call per node.
 *
 * @param node - the formula tree
 * @param name - the expression that reads a named value (an item's answer, a score)
 * @returns the expression
 * @example
 * formulaToJs(parsed, (n) => `x_${n}`) // => "f_ge(x_q1, 2)"
 */
export function formulaToJs(node: FormulaNode, name: (name: string) => string): string {
  const js = (n: FormulaNode) => formulaToJs(n, name);
  switch (node.kind) {
    case "number":
      return num(node.value);
    case "name":
      return name(node.name);
    case "negate":
      return `(-(${js(node.arg)}))`;
    case "not":
      return `f_not(${js(node.arg)})`;
    case "conditional":
      return `f_cond(${js(node.test)}, ${js(node.whenTrue)}, ${js(node.whenFalse)})`;
    case "binary": {
      const helper = BINARY[node.op];
      if (helper !== undefined) return `${helper}(${js(node.left)}, ${js(node.right)})`;
      const op = node.op === "^" ? "**" : node.op;
      return `(${js(node.left)} ${op} ${js(node.right)})`;
    }
    case "call": {
      const args = node.args.map(js);
      switch (node.fn) {
        case "abs":
        case "floor":
        case "ceil":
        case "sqrt":
          return `Math.${node.fn}(${args[0]})`;
        case "round":
          return `f_round(${args[0]}, ${args[1] ?? "0"})`;
        case "min":
          return `f_min(${args.join(", ")})`;
        case "max":
          return `f_max(${args.join(", ")})`;
      }
    }
  }
}
