import fc from "fast-check";
import { create, parseDependencies } from "mathjs/number";
import { describe, expect, it } from "vitest";
import { checkFormulaSyntax, type ParsedFormula, parseFormula } from "./formula";
import type { SyntaxNode } from "./parse-formula-syntax";

// The parser formulas used before: mathjs's (number build), kept as a dev
// dependency for this test only.
const math = create({ parseDependencies: parseDependencies! });

function parseWithMathjs(text: string): ParsedFormula {
  let root: SyntaxNode;
  try {
    root = math.parse(text) as unknown as SyntaxNode;
  } catch (error) {
    return { success: false, code: "formula-syntax", params: { detail: String(error) } };
  }
  return checkFormulaSyntax(root);
}

/** Same tree, or the same refusal (a syntax error's wording is psyscreen's own). */
function expectSameAsMathjs(text: string): void {
  const expected = parseWithMathjs(text);
  const actual = parseFormula(text);
  if (!expected.success && expected.code === "formula-syntax") {
    expect({ text, code: actual.success ? "accepted" : actual.code }).toEqual({
      text,
      code: "formula-syntax",
    });
  } else expect({ text, actual }).toEqual({ text, actual: expected });
}

const NAMES = ["a", "b", "x1", "total", "min", "max", "round", "abs", "sqrt", "floor", "cos"];
const OTHER_WORDS = ["evaluate", "true", "false", "null", "undefined", "NaN", "Infinity"];
const WORDS = ["and", "or", "not", "xor", "mod", "to", "in", "end"];
const NUMBERS = [
  "0",
  "1",
  "2",
  "2.5",
  ".5",
  "1.",
  "1e3",
  "2E-1",
  "0x1f",
  "0b101",
  "10",
  "007",
  "0x1.8",
  "0xFFi8",
  "0b1i9",
  "0x1g",
];
const OPERATORS = ["+", "-", "*", "/", "^", "==", "!=", "<", ">", "<=", ">=", "(", ")", ","];
const FOREIGN = ["?", ":", "=", "[", "]", "{", "}", ";", "%", "!", "'", '"', ".", "&", "|"];
const RARE = [
  "~",
  "<<",
  ">>>",
  "?.",
  "??",
  ".*",
  "./",
  ".^",
  "^|",
  "#",
  "\n",
  "\\",
  "@",
  "1e",
  "e",
];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 5, arbitrary: fc.constantFrom(...OPERATORS) },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS, ...OTHER_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...FOREIGN) },
  { weight: 1, arbitrary: fc.constantFrom(...RARE) },
);
const spacing = fc.constantFrom("", "", " ", "  ", "\t");

/** Any sequence of tokens: mostly refused, some accepted by chance. */
const tokens = fc
  .array(fc.tuple(token, spacing), { maxLength: 12 })
  .map((parts) => parts.map(([t, s]) => t + s).join(""));

/** Formulas in the accepted grammar, built as trees and printed with few parentheses. */
const { formula } = fc.letrec<{ formula: string }>((tie) => ({
  formula: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...NAMES.slice(0, 4), ...NUMBERS.slice(0, 8), "NaN"),
    fc
      .tuple(
        tie("formula"),
        fc.constantFrom(...OPERATORS.slice(0, 11), "and", "or"),
        tie("formula"),
      )
      .map(([l, op, r]) => `${l} ${op} ${r}`),
    fc.tuple(fc.constantFrom("-", "+", "not "), tie("formula")).map(([op, x]) => op + x),
    tie("formula").map((x) => `(${x})`),
    fc
      .tuple(tie("formula"), tie("formula"), tie("formula"))
      .map(([t, a, b]) => `${t} ? ${a} : ${b}`),
    fc
      .tuple(
        fc.constantFrom("min", "max", "round", "abs", "cos"),
        fc.array(tie("formula"), { maxLength: 3 }),
      )
      .map(([fn, args]) => `${fn}(${args.join(", ")})`),
  ),
}));

/** An accepted formula with one token put in somewhere: near misses. */
const nearMiss = fc
  .tuple(formula, token, fc.nat())
  .map(
    ([text, t, at]) =>
      text.slice(0, at % (text.length + 1)) + t + text.slice(at % (text.length + 1)),
  );

describe("parseFormulaSyntax reads the language mathjs read, and parseFormula decides as before", () => {
  it("on formulas of the accepted grammar", () => {
    fc.assert(fc.property(formula, expectSameAsMathjs), { numRuns: 3000 });
  });

  it("on near misses: an accepted formula with one token put in", () => {
    fc.assert(fc.property(nearMiss, expectSameAsMathjs), { numRuns: 3000 });
  });

  it("on any sequence of tokens", () => {
    fc.assert(fc.property(tokens, expectSameAsMathjs), { numRuns: 5000 });
  });

  it("on the cases where mathjs's reading is surprising", () => {
    for (const text of [
      "-2^2",
      "2^-3^2",
      "a < b < c",
      "1/2a",
      "1/2 a",
      "2a",
      "a in",
      "50%",
      "a + 10%",
      "a % 2",
      "a % (b",
      "a ? b : c ? d : e",
      "a ? : b",
      "not not a",
      "and",
      "a.b(1)",
      "a?.(1)",
      "f(x) = x",
      "(a) = 1",
      "[1, 2; 3]",
      "'a\\u00e9'",
      "# comment only",
      "a # comment",
      "a\nb",
      "(a\n+ b)",
      "",
      ";",
      "a;",
      "1e",
      "1e+",
      "1.e5",
      "0x",
      "0x1.8",
      "2!",
      "a'",
      "5 cm",
    ])
      expectSameAsMathjs(text);
  });
});
