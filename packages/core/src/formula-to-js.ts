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

const COMPARISONS = new Set(["==", "!=", "<", ">", "<=", ">="]);
const jsOp = (op: string) => (op === "==" ? "===" : op === "!=" ? "!==" : op);
/** Functions whose result is finite when every argument is (not sqrt, not round). */
const FINITE_KEEPING = new Set(["abs", "floor", "ceil", "min", "max"]);

/**
 * Writes a checked formula tree as one JavaScript expression over `FORMULA_HELPERS`,
 * for the batch loop generated per scale: the same numbers as `compileFormula`'s
 * closures, without a call per node.
 *
 * @param node - the formula tree
 * @param name - the expression that reads a named value (an item's answer, a score)
 * @param finiteNames - whether every name is known to hold a finite number where the
 *   expression runs (the batch loop runs a formula only when its answers are valid and
 *   its scores have values): comparisons, logic and `?:` on finite operands then need
 *   no NaN checks, and are written as plain operators
 * @returns the expression
 * @example
 * formulaToJs(parsed, (n) => `x_${n}`) // => "f_ge(x_q1, 2)"
 * formulaToJs(parsed, (n) => `x_${n}`, true) // => "+(x_q1 >= 2)"
 */
export function formulaToJs(
  node: FormulaNode,
  name: (name: string) => string,
  finiteNames = false,
): string {
  return write(node, name, finiteNames)[0];
}

/** The expression, and whether its value is always finite. */
function write(
  node: FormulaNode,
  name: (name: string) => string,
  finiteNames: boolean,
): [string, boolean] {
  const js = (n: FormulaNode) => write(n, name, finiteNames);
  switch (node.kind) {
    case "number":
      return [num(node.value), Number.isFinite(node.value)];
    case "name":
      return [name(node.name), finiteNames];
    case "negate": {
      const [arg, finite] = js(node.arg);
      return [`(-(${arg}))`, finite];
    }
    case "not": {
      const [arg, finite] = js(node.arg);
      return finite ? [`+(${arg} === 0)`, true] : [`f_not(${arg})`, false];
    }
    case "conditional": {
      const [test, finiteTest] = js(node.test);
      const [yes, finiteYes] = js(node.whenTrue);
      const [no, finiteNo] = js(node.whenFalse);
      if (finiteTest) return [`(${test} !== 0 ? ${yes} : ${no})`, finiteYes && finiteNo];
      return [`f_cond(${test}, ${yes}, ${no})`, false];
    }
    case "binary": {
      const [left, finiteLeft] = js(node.left);
      const [right, finiteRight] = js(node.right);
      const finite = finiteLeft && finiteRight;
      // on finite operands, the helpers' NaN checks cannot fire: plain operators
      if (finite && COMPARISONS.has(node.op)) return [`+(${left} ${jsOp(node.op)} ${right})`, true];
      if (finite && (node.op === "and" || node.op === "or"))
        return [`+(${left} !== 0 ${node.op === "and" ? "&&" : "||"} ${right} !== 0)`, true];
      const helper = BINARY[node.op];
      if (helper !== undefined) return [`${helper}(${left}, ${right})`, false];
      // arithmetic on finite numbers can overflow to ±Infinity: not known finite
      return [`(${left} ${node.op === "^" ? "**" : node.op} ${right})`, false];
    }
    case "call": {
      const written = node.args.map(js);
      const args = written.map(([arg]) => arg);
      const finite = FINITE_KEEPING.has(node.fn) && written.every(([, f]) => f);
      switch (node.fn) {
        case "abs":
        case "floor":
        case "ceil":
        case "sqrt":
          return [`Math.${node.fn}(${args[0]})`, finite];
        case "round":
          return [`f_round(${args[0]}, ${args[1] ?? "0"})`, false];
        case "min":
          return [`f_min(${args.join(", ")})`, finite];
        case "max":
          return [`f_max(${args.join(", ")})`, finite];
      }
    }
  }
}
