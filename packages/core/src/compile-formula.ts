import type { FormulaNode } from "./formula";
import { roundValue } from "./round-value";

/** Reads one named value (a score or an item) from the row being scored. */
export type ValueReader<State> = (state: State) => number;

/** A compiled formula: a closure over the row being scored. */
export type CompiledFormula<State> = (state: State) => number;

const truth = (x: number): number => (x !== 0 ? 1 : 0);

/** 1 or 0, or NaN when either side is NaN: NaN (a division by zero) propagates. */
const both = (a: number, b: number, result: boolean): number =>
  Number.isNaN(a) || Number.isNaN(b) ? Number.NaN : result ? 1 : 0;

/**
 * Compiles a checked formula tree into a closure once, so a row is never interpreted
 * from the tree. Comparisons and logic yield 1 or 0; `round` rounds half up. A division
 * by zero or the square root of a negative number is NaN, and NaN propagates through
 * every operation (comparisons included), so the score is null with reason `not-finite`;
 * the generated SQL does the same with NULL.
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
      return (s) => {
        const a = arg(s);
        return both(a, a, a === 0);
      };
    }
    case "conditional": {
      const test = compileFormula(node.test, reader);
      const whenTrue = compileFormula(node.whenTrue, reader);
      const whenFalse = compileFormula(node.whenFalse, reader);
      return (s) => {
        const t = test(s);
        if (Number.isNaN(t)) return Number.NaN;
        return t !== 0 ? whenTrue(s) : whenFalse(s);
      };
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
          return (s) => {
            const divisor = r(s);
            return divisor === 0 ? Number.NaN : l(s) / divisor;
          };
        case "^":
          return (s) => l(s) ** r(s);
        case "==":
          return (s) => {
            const a = l(s);
            const b = r(s);
            return both(a, b, a === b);
          };
        case "!=":
          return (s) => {
            const a = l(s);
            const b = r(s);
            return both(a, b, a !== b);
          };
        case "<":
          return (s) => {
            const a = l(s);
            const b = r(s);
            return both(a, b, a < b);
          };
        case ">":
          return (s) => {
            const a = l(s);
            const b = r(s);
            return both(a, b, a > b);
          };
        case "<=":
          return (s) => {
            const a = l(s);
            const b = r(s);
            return both(a, b, a <= b);
          };
        case ">=":
          return (s) => {
            const a = l(s);
            const b = r(s);
            return both(a, b, a >= b);
          };
        case "and":
          return (s) => {
            const a = l(s);
            const b = r(s);
            return both(a, b, (truth(a) & truth(b)) === 1);
          };
        case "or":
          return (s) => {
            const a = l(s);
            const b = r(s);
            return both(a, b, (truth(a) | truth(b)) === 1);
          };
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
