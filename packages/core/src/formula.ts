import type { IssueCode, IssueParams } from "./issue";
import { parseFormulaSyntax, type SyntaxNode } from "./parse-formula-syntax";

/** Functions a formula may call, with the number of arguments each takes. */
export const FORMULA_FUNCTIONS = {
  min: [1, Number.POSITIVE_INFINITY],
  max: [1, Number.POSITIVE_INFINITY],
  abs: [1, 1],
  floor: [1, 1],
  ceil: [1, 1],
  round: [1, 2],
  sqrt: [1, 1],
} as const satisfies Record<string, readonly [number, number]>;

/** A function a formula may call. */
export type FormulaFunction = keyof typeof FORMULA_FUNCTIONS;

const BINARY_OPERATORS = {
  "+": "+",
  "-": "-",
  "*": "*",
  "/": "/",
  "^": "^",
  "==": "==",
  "!=": "!=",
  "<": "<",
  ">": ">",
  "<=": "<=",
  ">=": ">=",
  and: "and",
  or: "or",
} as const;

/** A binary operator of a formula. */
export type BinaryOperator = (typeof BINARY_OPERATORS)[keyof typeof BINARY_OPERATORS];

/**
 * A checked formula as a small tree, independent of mathjs: the JavaScript and SQL
 * engines both compile from it.
 */
export type FormulaNode =
  | { kind: "number"; value: number }
  | { kind: "name"; name: string }
  | { kind: "negate"; arg: FormulaNode }
  | { kind: "not"; arg: FormulaNode }
  | { kind: "binary"; op: BinaryOperator; left: FormulaNode; right: FormulaNode }
  | { kind: "call"; fn: FormulaFunction; args: FormulaNode[] }
  | { kind: "conditional"; test: FormulaNode; whenTrue: FormulaNode; whenFalse: FormulaNode };

/** A parsed formula, or why it was refused. */
export type ParsedFormula =
  | { success: true; node: FormulaNode; names: string[] }
  | { success: false; code: IssueCode; params: IssueParams };

class FormulaError extends Error {
  constructor(
    readonly code: IssueCode,
    readonly params: IssueParams,
  ) {
    super(code);
  }
}

type MathNode = SyntaxNode;

function convert(node: MathNode, names: Set<string>): FormulaNode {
  switch (node.type) {
    case "ConstantNode": {
      if (typeof node.value !== "number") {
        throw new FormulaError("formula-construct", { construct: `${typeof node.value} constant` });
      }
      return { kind: "number", value: node.value };
    }
    case "SymbolNode": {
      const name = node.name as string;
      names.add(name);
      return { kind: "name", name };
    }
    case "ParenthesisNode":
      return convert(node.content as MathNode, names);
    case "ConditionalNode":
      return {
        kind: "conditional",
        test: convert(node.condition as MathNode, names),
        whenTrue: convert(node.trueExpr as MathNode, names),
        whenFalse: convert(node.falseExpr as MathNode, names),
      };
    case "OperatorNode":
      return convertOperator(node, names);
    case "FunctionNode": {
      const fnNode = node.fn as MathNode;
      const name = fnNode.type === "SymbolNode" ? (fnNode.name as string) : "(expression)";
      if (!Object.hasOwn(FORMULA_FUNCTIONS, name)) {
        throw new FormulaError("formula-function", {
          name,
          allowed: Object.keys(FORMULA_FUNCTIONS),
        });
      }
      const fn = name as FormulaFunction;
      const args = (node.args as MathNode[]).map((arg) => convert(arg, names));
      const [least, most] = FORMULA_FUNCTIONS[fn];
      if (args.length < least || args.length > most) {
        throw new FormulaError("formula-syntax", {
          detail: `${fn} takes ${least === most ? least : `${least} to ${most === Number.POSITIVE_INFINITY ? "any number of" : most}`} arguments, not ${args.length}`,
        });
      }
      return { kind: "call", fn, args };
    }
    default:
      throw new FormulaError("formula-construct", { construct: node.type });
  }
}

function convertOperator(node: MathNode, names: Set<string>): FormulaNode {
  const op = node.op as string;
  const args = node.args as MathNode[];
  if (node.implicit === true) {
    throw new FormulaError("formula-construct", { construct: "implicit multiplication (2x)" });
  }
  if (args.length === 1) {
    const arg = convert(args[0]!, names);
    if (op === "-") return { kind: "negate", arg };
    if (op === "+") return arg;
    if (op === "not") return { kind: "not", arg };
  }
  if (args.length === 2 && Object.hasOwn(BINARY_OPERATORS, op)) {
    return {
      kind: "binary",
      op: BINARY_OPERATORS[op as keyof typeof BINARY_OPERATORS],
      left: convert(args[0]!, names),
      right: convert(args[1]!, names),
    };
  }
  throw new FormulaError("formula-construct", { construct: `operator ${op}` });
}

/**
 * Parses a score formula and checks it against the allowed constructs: numbers, names,
 * arithmetic, comparisons, and/or/not, `a ? b : c`, and a few functions. It does not
 * check that the names exist; `validateScale` does, knowing the scale.
 *
 * @param text - the formula, e.g. `"(total - negative) / positive"`
 * @returns the checked tree and the names it uses, or the issue code and params
 * @example
 * parseFormula("max(a, b) * 2").success // => true
 * parseFormula("evaluate('1')").success // => false
 */
export function parseFormula(text: string): ParsedFormula {
  let root: SyntaxNode;
  try {
    root = parseFormulaSyntax(text);
  } catch (error) {
    // FormulaSyntaxError, or a RangeError from a formula nested too deep to read
    return {
      success: false,
      code: "formula-syntax",
      params: { detail: error instanceof Error ? error.message : String(error) },
    };
  }
  return checkFormulaSyntax(root);
}

/**
 * Checks a formula's syntax tree against the allowed constructs (`parseFormula`'s
 * second step, separate so that a test can feed it mathjs's trees).
 *
 * @param root - the tree, as `parseFormulaSyntax` (or mathjs's `parse`) returns it
 * @returns the checked tree and the names it uses, or the issue code and params
 */
export function checkFormulaSyntax(root: SyntaxNode): ParsedFormula {
  const names = new Set<string>();
  try {
    const node = convert(root, names);
    return { success: true, node, names: [...names] };
  } catch (error) {
    if (error instanceof FormulaError) {
      return { success: false, code: error.code, params: error.params };
    }
    throw error;
  }
}
