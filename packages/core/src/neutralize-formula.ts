const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Makes a text cell safe to open in a spreadsheet: text starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return would run as a formula (CSV injection, OWASP), so it
 * gets a leading `'`; a plain number such as `-1` stays as it is.
 *
 * @param text - a cell's text
 * @returns the text, prefixed with `'` when a spreadsheet would read it as a formula
 * @example
 * neutralizeFormula("=HYPERLINK(\"http://x\")") // => "'=HYPERLINK(\"http://x\")"
 * neutralizeFormula("-1") // => "-1"
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}
