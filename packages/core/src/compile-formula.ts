import type { FormulaNode } from "./formula";
import { roundValue } from "./round-value";

/** Reads one named value (a score or an item) from the row being scored. */
export type ValueReader<State> = (state: State) => number;

/** A compiled formula: a closure over the row being scored. */
export type CompiledFormula<State> = (state: State) => number;

const truth = (x: number): number => (x !== 0 ? 1 : 0);

/**
 * Compiles a checked formula tree into a closure once, so a row is never interpreted
 * from the tree. Comparisons and logic yield 1 or 0; `round` rounds half up.
 * Callers check that every name is non-null before calling it (a formula over a null
 * value is null), so the closure only meets finite numbers.
 */
export function compileFormula<State>(
  node: FormulaNode,
  reader: (name: string) => ValueReader<State>,
): CompiledFormula<State> {
  switch (node.kind) {
    case "number": {
      const value = node.value;
      return () => value;
    }
    case "name":
      return reader(node.name);
    case "negate": {
      const arg = compileFormula(node.arg, reader);
      return (s) => -arg(s);
    }
    case "not": {
      const arg = compileFormula(node.arg, reader);
      return (s) => (arg(s) === 0 ? 1 : 0);
    }
    case "conditional": {
      const test = compileFormula(node.test, reader);
      const whenTrue = compileFormula(node.whenTrue, reader);
      const whenFalse = compileFormula(node.whenFalse, reader);
      return (s) => (test(s) !== 0 ? whenTrue(s) : whenFalse(s));
    }
    case "call":
      return compileCall(node, reader);
    case "binary": {
      const l = compileFormula(node.left, reader);
      const r = compileFormula(node.right, reader);
      switch (node.op) {
        case "+":
          return (s) => l(s) + r(s);
        case "-":
          return (s) => l(s) - r(s);
        case "*":
          return (s) => l(s) * r(s);
        case "/":
          return (s) => l(s) / r(s);
        case "^":
          return (s) => l(s) ** r(s);
        case "==":
          return (s) => (l(s) === r(s) ? 1 : 0);
        case "!=":
          return (s) => (l(s) !== r(s) ? 1 : 0);
        case "<":
          return (s) => (l(s) < r(s) ? 1 : 0);
        case ">":
          return (s) => (l(s) > r(s) ? 1 : 0);
        case "<=":
          return (s) => (l(s) <= r(s) ? 1 : 0);
        case ">=":
          return (s) => (l(s) >= r(s) ? 1 : 0);
        case "and":
          return (s) => truth(l(s)) & truth(r(s));
        case "or":
          return (s) => truth(l(s)) | truth(r(s));
      }
    }
  }
}

function compileCall<State>(
  node: Extract<FormulaNode, { kind: "call" }>,
  reader: (name: string) => ValueReader<State>,
): CompiledFormula<State> {
  const args = node.args.map((arg) => compileFormula(arg, reader));
  const first = args[0]!;
  switch (node.fn) {
    case "abs":
      return (s) => Math.abs(first(s));
    case "floor":
      return (s) => Math.floor(first(s));
    case "ceil":
      return (s) => Math.ceil(first(s));
    case "sqrt":
      return (s) => Math.sqrt(first(s));
    case "round": {
      const digits = args[1];
      return (s) =>
        roundValue(first(s), { digits: digits === undefined ? 0 : digits(s), mode: "half-up" });
    }
    case "min":
      return (s) => {
        let m = Number.POSITIVE_INFINITY;
        for (const arg of args) m = Math.min(m, arg(s));
        return m;
      };
    case "max":
      return (s) => {
        let m = Number.NEGATIVE_INFINITY;
        for (const arg of args) m = Math.max(m, arg(s));
        return m;
      };
  }
}
