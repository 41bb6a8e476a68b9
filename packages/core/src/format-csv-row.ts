import { neutralizeFormula } from "./neutralize-formula";

/** How `formatCsvRow` writes. */
export interface CsvRowOptions {
  /** `,` (default) or `\t`. */
  delimiter?: string;
  /** Prefix text that a spreadsheet would run as a formula with `'` (see neutralizeFormula). */
  neutralizeFormulas?: boolean;
}

/**
 * Formats fields as one CSV line: a field holding the delimiter, a quote or a newline is
 * quoted, with quotes doubled. With `neutralizeFormulas`, text starting with = + - @ is
 * prefixed with `'` (numbers, and numeric text such as -1, stay as they are), so output
 * made from untrusted cells is safe to open in a spreadsheet.
 *
 * @param fields - the cells; null and undefined are empty
 * @param options - delimiter and formula neutralizing
 * @returns the line, with its newline
 * @example
 * formatCsvRow(["a", 'say "hi"', "1,2"]) // => 'a,"say ""hi""","1,2"\n'
 * formatCsvRow(["=1+1", -1], { neutralizeFormulas: true }) // => "'=1+1,-1\n"
 */
export function formatCsvRow(
  fields: readonly (string | number | null | undefined)[],
  options: CsvRowOptions = {},
): string {
  const delimiter = options.delimiter ?? ",";
  return `${fields
    .map((field) => {
      if (field === null || field === undefined) return "";
      let text = String(field);
      if (options.neutralizeFormulas && typeof field === "string") text = neutralizeFormula(text);
      return /[",\n\r\t]/.test(text) || text.includes(delimiter)
        ? `"${text.replaceAll('"', '""')}"`
        : text;
    })
    .join(delimiter)}\n`;
}
