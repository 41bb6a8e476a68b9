import { FormulaScanner, FormulaSyntaxError } from "./formula-scanner";
import {
  syntaxNode as node,
  operandReader,
  operatorNode as operator,
  type SyntaxNode,
} from "./read-formula-operand";

export { FormulaSyntaxError } from "./formula-scanner";
export type { SyntaxNode } from "./read-formula-operand";

const isConstant = (n: SyntaxNode) => n.type === "ConstantNode";
const isUnary = (n: SyntaxNode, ops: string) =>
  n.type === "OperatorNode" &&
  (n.args as SyntaxNode[]).length === 1 &&
  ops.includes(n.op as string);

/**
 * Reads a formula into a syntax tree, in the expression language of mathjs (number
 * build), which read formulas before: every formula means what it meant
 * and is refused as it was, which the differential test against mathjs in
 * parse-formula-syntax.test.ts checks on generated text. The levels below go from the
 * loosest operator to the tightest.
 *
 * @param text - the formula
 * @returns the tree
 * @throws FormulaSyntaxError when the text is not an expression
 */
export function parseFormulaSyntax(text: string): SyntaxNode {
  const s = new FormulaScanner(text);
  /** `first (op next)*`, left-associative, for the operators in `ops`. */
  const leftChain = (ops: readonly string[], operand: () => SyntaxNode) => (): SyntaxNode => {
    let left = operand();
    while (ops.includes(s.token)) {
      const op = s.token;
      s.nextSkippingNewlines();
      left = operator(op, [left, operand()]);
    }
    return left;
  };

  function block(): SyntaxNode {
    let first: SyntaxNode | undefined;
    let statements = 0;
    if (s.token !== "" && s.token !== "\n" && s.token !== ";") first = assignment();
    while (s.token === "\n" || s.token === ";") {
      if (first !== undefined) statements = Math.max(statements, 1);
      s.next();
      if (s.token !== "\n" && s.token !== ";" && s.token !== "") {
        assignment();
        statements++;
      }
    }
    if (statements > 0) return node("BlockNode");
    return first ?? node("ConstantNode", { value: undefined });
  }

  function assignment(): SyntaxNode {
    const target = conditional();
    if (s.token !== "=") return target;
    const args = target.args as SyntaxNode[] | undefined;
    const assignable =
      target.type === "SymbolNode" ||
      (target.type === "AccessorNode" && target.optional !== true) ||
      (target.type === "FunctionNode" &&
        (target.fn as SyntaxNode).type === "SymbolNode" &&
        args!.every((a) => a.type === "SymbolNode"));
    if (target.type === "AccessorNode" && target.optional === true)
      s.fail("Cannot assign to optional chain");
    if (!assignable) s.fail("Invalid left hand side of assignment operator =");
    s.nextSkippingNewlines();
    assignment();
    const name =
      target.type === "SymbolNode" ? target.name : (target.fn as SyntaxNode | undefined)?.name;
    if (name === "end") s.fail('Cannot assign to "end"');
    const parameters = (args ?? []).map((a) => a.name);
    if (target.type === "FunctionNode" && new Set(parameters).size < parameters.length)
      s.fail("Duplicate parameter name");
    return node(target.type === "FunctionNode" ? "FunctionAssignmentNode" : "AssignmentNode");
  }

  function conditional(): SyntaxNode {
    let test = logicalOr();
    while (s.token === "?") {
      const outer = s.conditionalNesting;
      s.conditionalNesting = s.nesting;
      s.nextSkippingNewlines();
      const whenTrue = assignment();
      s.expect(":", "False part of conditional expression expected");
      s.conditionalNesting = null;
      s.nextSkippingNewlines();
      const whenFalse = assignment();
      test = node("ConditionalNode", { condition: test, trueExpr: whenTrue, falseExpr: whenFalse });
      s.conditionalNesting = outer;
    }
    return test;
  }

  function relational(): SyntaxNode {
    const operands = [shift()];
    const ops: string[] = [];
    while (["==", "!=", "<", ">", "<=", ">="].includes(s.token)) {
      ops.push(s.token);
      s.nextSkippingNewlines();
      operands.push(shift());
    }
    if (operands.length === 1) return operands[0]!;
    return operands.length === 2 ? operator(ops[0]!, operands) : node("RelationalNode");
  }

  function conversion(): SyntaxNode {
    let left = range();
    while (s.token === "to" || s.token === "in") {
      const op = s.token;
      s.nextSkippingNewlines();
      // `x in` at the end of a group reads as x times a name `in` (mathjs's units)
      if (op === "in" && "])},;".includes(s.token)) {
        left = operator("*", [left, node("SymbolNode", { name: "in" })], true);
      } else left = operator(op, [left, range()]);
    }
    return left;
  }

  function range(): SyntaxNode {
    if (s.token === ":" && s.conditionalNesting === s.nesting)
      s.fail("The true-expression of a conditional operator may not be empty");
    const start = s.token === ":" ? node("ConstantNode", { value: 1 }) : addSubtract();
    if (s.token !== ":" || s.conditionalNesting === s.nesting) return start;
    for (let parts = 1; s.token === ":" && parts < 3; parts++) {
      s.nextSkippingNewlines();
      if (![")", "]", ",", ""].includes(s.token)) addSubtract();
    }
    return node("RangeNode");
  }

  function addSubtract(): SyntaxNode {
    let left = multiplyDivide();
    while (s.token === "+" || s.token === "-") {
      const op = s.token;
      s.nextSkippingNewlines();
      const right = multiplyDivide();
      // `a + 10%` is a plus 10 % of a
      left = operator(op, [left, right.percentage ? operator("*", [left, right]) : right]);
    }
    return left;
  }

  function implicitMultiplication(): SyntaxNode {
    let left = rule2();
    let last = left;
    const negativeConstant = () =>
      isUnary(left, "-") && isConstant((left.args as SyntaxNode[])[0]!);
    while (
      s.kind === "symbol" ||
      (s.token === "in" && (isConstant(left) || negativeConstant())) ||
      (s.kind === "number" &&
        !isConstant(last) &&
        (last.type !== "OperatorNode" || last.op === "!")) ||
      s.token === "("
    ) {
      last = rule2();
      left = operator("*", [left, last], true);
    }
    return left;
  }

  /** `1/2x` is (1/2)·x: a number divided by a number followed by a name or a group. */
  function rule2(): SyntaxNode {
    let left = unaryPercentage();
    let last = left;
    while (
      s.token === "/" &&
      (isConstant(last) || (isUnary(last, "-+~") && isConstant((last.args as SyntaxNode[])[0]!)))
    ) {
      const before = s.save();
      s.nextSkippingNewlines();
      if (s.kind !== "number") {
        s.restore(before);
        break;
      }
      const divisor = s.save();
      s.nextSkippingNewlines();
      if ((s.kind as string) !== "symbol" && !s.is("(", "in")) {
        s.restore(before);
        break;
      }
      s.restore(divisor);
      last = unaryPercentage();
      left = operator("/", [left, last]);
    }
    return left;
  }

  function unaryPercentage(): SyntaxNode {
    const value = unary();
    if (s.token !== "%") return value;
    const before = s.save();
    s.nextSkippingNewlines();
    try {
      unary();
      s.restore(before);
      return value;
    } catch (error) {
      if (!(error instanceof FormulaSyntaxError)) throw error;
      // as mathjs, the position stays where the failed reading stopped
      return { ...operator("/", [value, node("ConstantNode", { value: 100 })]), percentage: true };
    }
  }

  function unary(): SyntaxNode {
    if (s.token === "-" || s.token === "+" || s.token === "~" || s.token === "not") {
      const op = s.token;
      s.nextSkippingNewlines();
      return operator(op, [unary()]);
    }
    const base = nullish();
    if (s.token !== "^" && s.token !== ".^") return base;
    const op = s.token;
    s.nextSkippingNewlines();
    return operator(op, [base, unary()]);
  }

  const logicalOr = leftChain(
    ["or"],
    leftChain(
      ["xor"],
      leftChain(["and"], leftChain(["|"], leftChain(["^|"], leftChain(["&"], relational)))),
    ),
  );
  const shift = leftChain(["<<", ">>", ">>>"], conversion);
  const multiplyDivide = leftChain(["*", ".*", "/", "./", "%", "mod"], implicitMultiplication);
  const nullish = leftChain(["??"], operandReader(s, assignment));

  s.next();
  const root = block();
  if (s.token !== "")
    s.fail(
      s.kind === "delimiter" ? `Unexpected operator ${s.token}` : `Unexpected part "${s.token}"`,
    );
  return root;
}
