import { type FormulaScanner, numberLiteralValue } from "./formula-scanner";

/**
 * A formula read into a syntax tree, before `parseFormula` checks it against the
 * whitelist. The node types and fields are the ones of mathjs's expression trees
 * (`ConstantNode`, `OperatorNode`…), because mathjs parsed formulas before
 * and the refusals name them (`formula-construct`: "AssignmentNode"). Constructs the
 * whitelist refuses as a whole (`AssignmentNode`, `ArrayNode`…) keep only their type.
 */
export interface SyntaxNode {
  type: string;
  [field: string]: unknown;
}

export const syntaxNode = (type: string, fields: Record<string, unknown> = {}): SyntaxNode => ({
  type,
  ...fields,
});
export const operatorNode = (op: string, args: SyntaxNode[], implicit = false): SyntaxNode =>
  syntaxNode("OperatorNode", { op, args, implicit });

const CONSTANTS = new Map<string, unknown>([
  ["true", true],
  ["false", false],
  ["null", null],
  ["undefined", undefined],
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
]);

/**
 * The reader of an operand — a name, number, string, matrix, object or group, with
 * what may follow it directly (`f(x)`, `a[1]`, `a.b`, `a!`) — for `parseFormulaSyntax`.
 *
 * @param s - the scanner, at the operand's first token
 * @param expression - reads a whole expression (inside brackets)
 * @returns the reader
 */
export function operandReader(s: FormulaScanner, expression: () => SyntaxNode): () => SyntaxNode {
  /** A comma-separated list up to `close`, inside brackets. */
  const list = (close: string, message: string): SyntaxNode[] => {
    s.nesting++;
    s.next();
    const items: SyntaxNode[] = [];
    if (s.token !== close) {
      items.push(expression());
      while (s.token === ",") {
        s.next();
        items.push(expression());
      }
    }
    s.expect(close, message);
    s.nesting--;
    s.next();
    return items;
  };

  function postfix(): SyntaxNode {
    let value = primary();
    while (s.token === "!" || s.token === "'") {
      const op = s.token;
      s.next();
      value = accessors(operatorNode(op, [value]));
    }
    return value;
  }

  function primary(): SyntaxNode {
    if (s.isName()) {
      const name = s.token;
      s.next();
      const value = CONSTANTS.has(name)
        ? syntaxNode("ConstantNode", { value: CONSTANTS.get(name) })
        : syntaxNode("SymbolNode", { name });
      return accessors(value);
    }
    if (s.token === '"' || s.token === "'") {
      s.skipString(s.token);
      return accessors(syntaxNode("ConstantNode", { value: "" }));
    }
    if (s.token === "[") return accessors(matrix());
    if (s.token === "{") return accessors(object());
    if (s.kind === "number") {
      const literal = s.token;
      s.next(); // before the value is checked, which matters after `%` (see unaryPercentage)
      const value = numberLiteralValue(literal);
      if (Number.isNaN(value)) s.fail(`String "${literal}" is not a valid number`);
      return syntaxNode("ConstantNode", { value });
    }
    if (s.token === "(") {
      s.nesting++;
      s.next();
      const content = expression();
      s.expect(")", "Parenthesis ) expected");
      s.nesting--;
      s.next();
      return accessors(syntaxNode("ParenthesisNode", { content }));
    }
    return s.fail(s.token === "" ? "Unexpected end of expression" : "Value expected");
  }

  function matrix(): SyntaxNode {
    s.nesting++;
    s.next();
    if (s.token !== "]") {
      const widths = [row()];
      if (s.token === ";") {
        while (s.token === ";") {
          s.next();
          if (!s.is("]")) widths.push(row());
        }
      }
      s.expect("]", "End of matrix ] expected");
      if (widths.some((w) => w !== widths[0])) s.fail("Column dimensions mismatch");
    }
    s.nesting--;
    s.next();
    return syntaxNode("ArrayNode");
  }

  function row(): number {
    expression();
    let width = 1;
    while (s.token === ",") {
      s.next();
      if (!s.is("]", ";")) {
        expression();
        width++;
      }
    }
    return width;
  }

  function object(): SyntaxNode {
    s.nesting++;
    do {
      s.next();
      if (s.token === "}") continue;
      if (s.token === '"' || s.token === "'") s.skipString(s.token);
      else if (s.isName()) s.next();
      else s.fail("Symbol or string expected as object key");
      s.expect(":", "Colon : expected after object key");
      s.next();
      expression();
    } while (s.token === ",");
    s.expect("}", "Comma , or bracket } expected after object value");
    s.nesting--;
    s.next();
    return syntaxNode("ObjectNode");
  }

  function accessors(target: SyntaxNode): SyntaxNode {
    let value = target;
    for (;;) {
      let optional = false;
      if (s.token === "?.") {
        optional = true;
        s.next();
      }
      if (!optional && s.token !== "(" && s.token !== "[" && s.token !== ".") return value;
      if (s.token === "(") {
        if (!optional && value.type !== "SymbolNode" && value.type !== "AccessorNode") return value;
        const args = list(")", "Parenthesis ) expected");
        value = syntaxNode("FunctionNode", { fn: value, args, optional });
      } else if (s.token === "[") {
        list("]", "Parenthesis ] expected");
        value = syntaxNode("AccessorNode", { optional });
      } else {
        if (!optional) s.next();
        if (!s.isName())
          s.fail(`Property name expected after ${optional ? "optional chain" : "dot"}`);
        s.next();
        value = syntaxNode("AccessorNode", { optional });
      }
    }
  }

  return postfix;
}
