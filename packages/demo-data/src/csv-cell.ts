/**
 * One CSV cell: quoted when it holds a comma, quote or line break, and prefixed with
 * `'` when it starts with `=`, `+`, `-` or `@`, so no spreadsheet runs it as a formula.
 *
 * @param value - the value; null and undefined become an empty cell
 * @returns the cell text
 * @example
 * csvCell("=1+1") // => "'=1+1"
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
