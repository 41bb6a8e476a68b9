/** A formula that cannot be read; `message` ends with the position, `(char N)`. */
export class FormulaSyntaxError extends Error {}

/** What a token is: an operator or bracket (also the end, ""), a number, a name. */
export type TokenKind = "delimiter" | "number" | "symbol";

// The tokens of mathjs's expression language, which formulas keep (see
// parse-formula-syntax.ts): every operator, the words that are operators, and the
// characters of names.
const DELIMITERS = new Set(
  ", ( ) [ ] { } \" ' ; + - * .* / ./ % ^ .^ ~ ! & | ^| = : ? ?. ?? == != < > <= >= << >> >>>".split(
    " ",
  ),
);
/** Words that are operators (`a and b`), but names where an operand is expected. */
export const OPERATOR_WORDS = new Set(["mod", "to", "in", "and", "xor", "or", "not"]);
const LETTER = /^[a-zA-Z_$\u00C0-\u02AF\u0370-\u03FF\u2100-\u214F]$/;
// mathematical alphanumeric symbols (U+1D400–U+1D7FF), less the unassigned code points
const MATH_LOW = /^[\uDC00-\uDFFF]$/;
const MATH_HOLES =
  /^[\uDC55\uDC9D\uDCA0\uDCA1\uDCA3\uDCA4\uDCA7\uDCA8\uDCAD\uDCBA\uDCBC\uDCC4\uDD06\uDD0B\uDD0C\uDD15\uDD1D\uDD3A\uDD3F\uDD45\uDD47-\uDD49\uDD51\uDEA6\uDEA7\uDFCC\uDFCD]$/;
const isMath = (high: string, low: string) =>
  high === "\uD835" && MATH_LOW.test(low) && !MATH_HOLES.test(low);
const isDigit = (c: string) => c >= "0" && c <= "9";
const isDecimalMark = (c: string, after: string) =>
  c === "." && after !== "/" && after !== "*" && after !== "^";
const RADIX: Record<string, number> = { "0b": 2, "0o": 8, "0x": 16 };

/** Where a scanner is, to go back to (the parser looks ahead after `/` and `%`). */
export interface ScannerState {
  at: number;
  token: string;
  kind: TokenKind;
  nesting: number;
  conditionalNesting: number | null;
}

/**
 * Splits a formula into tokens, one `next()` at a time: the parser decides what comes
 * next (a string's characters, whether a newline ends a statement inside brackets).
 */
export class FormulaScanner implements ScannerState {
  at = 0;
  token = "";
  kind: TokenKind = "delimiter";
  /** How many brackets are open: a newline inside them is a space. */
  nesting = 0;
  /** The nesting of the `a ? b : c` being read, where `:` is not a range. */
  conditionalNesting: number | null = null;

  constructor(readonly text: string) {}

  save(): ScannerState {
    const { at, token, kind, nesting, conditionalNesting } = this;
    return { at, token, kind, nesting, conditionalNesting };
  }

  restore(state: ScannerState): void {
    Object.assign(this, state);
  }

  fail(message: string): never {
    throw new FormulaSyntaxError(`${message} (char ${this.at - this.token.length + 1})`);
  }

  expect(token: string, message: string): void {
    if (this.token !== token) this.fail(message);
  }

  /** Whether the token is one of `tokens` (a method: the token changes under `next`). */
  is(...tokens: string[]): boolean {
    return tokens.includes(this.token);
  }

  /** Whether the token is a name, or a word that names an operand in its place. */
  isName(): boolean {
    return this.kind === "symbol" || (this.kind === "delimiter" && OPERATOR_WORDS.has(this.token));
  }

  nextSkippingNewlines(): void {
    do this.next();
    while (this.token === "\n");
  }

  next(): void {
    const text = this.text;
    this.kind = "delimiter";
    this.token = "";
    for (;;) {
      if (text.charAt(this.at) === "#")
        while (text.charAt(this.at) !== "\n" && this.at < text.length) this.at++;
      const c = text.charAt(this.at);
      if (c === " " || c === "\t" || c === "\u00A0" || (c === "\n" && this.nesting > 0)) this.at++;
      else break;
    }
    if (this.at >= text.length) return;
    const c = text.charAt(this.at);
    if (c === "\n") {
      this.token = text.charAt(this.at++);
      return;
    }
    for (const length of [3, 2, 1]) {
      const s = text.substr(this.at, length);
      if (s.length !== length || !DELIMITERS.has(s)) continue;
      if (s === "?." && isDigit(text.charAt(this.at + 2))) continue;
      this.token = s;
      this.at += length;
      return;
    }
    if (isDigit(c) || c === ".") {
      this.readNumber();
      return;
    }
    if (this.isLetter(this.at)) {
      this.takeWhile((i) => this.isLetter(i) || isDigit(text.charAt(i)));
      this.kind = OPERATOR_WORDS.has(this.token) ? "delimiter" : "symbol";
      return;
    }
    this.token = text.slice(this.at);
    this.at = text.length;
    this.fail(`Syntax error in part "${this.token}"`);
  }

  /** Skips a string's characters, after its opening quote, then the closing quote. */
  skipString(quote: string): void {
    const text = this.text;
    while (this.at < text.length && text.charAt(this.at) !== quote) {
      if (text.charAt(this.at++) !== "\\") continue;
      const c = text.charAt(this.at);
      if (c !== "" && "\"'\\/bfnrt".includes(c)) this.at++;
      else if (c === "u" && /^[0-9A-Fa-f]{4}$/.test(text.slice(this.at + 1, this.at + 5)))
        this.at += 5;
      else this.fail(c === "u" ? "Invalid unicode character" : `Bad escape character \\${c}`);
    }
    this.next();
    this.expect(quote, `End of string ${quote} expected`);
    this.next();
  }

  private isLetter(i: number): boolean {
    const text = this.text;
    return (
      LETTER.test(text.charAt(i)) ||
      isMath(text.charAt(i), text.charAt(i + 1)) ||
      isMath(text.charAt(i - 1), text.charAt(i))
    );
  }

  private takeWhile(test: (i: number) => boolean): void {
    while (test(this.at)) this.token += this.text.charAt(this.at++);
  }

  private readNumber(): void {
    const text = this.text;
    const digits = () => this.takeWhile((i) => isDigit(text.charAt(i)));
    const mark = () => isDecimalMark(text.charAt(this.at), text.charAt(this.at + 1));
    this.kind = "number";
    const prefix = text.substr(this.at, 2);
    if (Object.hasOwn(RADIX, prefix)) {
      this.token = prefix;
      this.at += 2;
      const alphanumerics = () =>
        this.takeWhile((i) => this.isLetter(i) || isDigit(text.charAt(i)));
      alphanumerics();
      if (text.charAt(this.at) === ".") {
        this.token += text.charAt(this.at++);
        alphanumerics();
      }
      return;
    }
    if (text.charAt(this.at) === ".") {
      this.token = text.charAt(this.at++);
      if (!isDigit(text.charAt(this.at))) {
        this.kind = "delimiter";
        return;
      }
    } else {
      digits();
      if (mark()) this.token += text.charAt(this.at++);
    }
    digits();
    const e = text.charAt(this.at);
    const after = text.charAt(this.at + 1);
    if (e !== "E" && e !== "e") return;
    if (isDigit(after) || after === "-" || after === "+") {
      this.token += text.charAt(this.at++);
      if (text.charAt(this.at) === "+" || text.charAt(this.at) === "-")
        this.token += text.charAt(this.at++);
      if (!isDigit(text.charAt(this.at)))
        this.fail(`Digit expected, got "${text.charAt(this.at)}"`);
      digits();
      if (mark()) this.fail(`Digit expected, got "${text.charAt(this.at)}"`);
    } else if (isDecimalMark(after, text.charAt(this.at + 2))) {
      this.at++;
      this.fail(`Digit expected, got "${text.charAt(this.at)}"`);
    }
  }
}

/**
 * The value of a number literal, NaN if it has none. Besides decimals, mathjs reads
 * binary, octal and hexadecimal literals, with a fraction (`0x1.8` is 1.5) or a word
 * size (`0xFFi8` is -1, two's complement).
 */
export function numberLiteralValue(literal: string): number {
  const fraction = /(0[box])([0-9a-fA-F]*)\.([0-9a-fA-F]*)/.exec(literal);
  if (fraction !== null) {
    const radix = RADIX[fraction[1]!]!;
    let value = Number.parseInt(fraction[2]!, radix);
    [...fraction[3]!].forEach((digit, i) => {
      value += Number.parseInt(digit, radix) / radix ** (i + 1);
    });
    return value;
  }
  const sized = /(0[box][0-9a-fA-F]*)i([0-9]*)/.exec(literal);
  const value = Number(sized === null ? literal : sized[1]);
  if (sized === null) return value;
  const size = Number(sized[2]);
  if (value > 2 ** size - 1) return Number.NaN;
  return value >= 2 ** (size - 1) ? value - 2 ** size : value;
}
