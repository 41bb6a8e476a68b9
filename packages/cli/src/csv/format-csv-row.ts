/**
 * Formats fields as one CSV line: a field holding the delimiter, a quote or a newline is
 * quoted, with quotes doubled; a field starting with = + - @ is left alone (numbers such
 * as -1 must stay numbers), so open untrusted output with care in a spreadsheet.
 *
 * @example
 * formatCsvRow(["a", 'say "hi"', "1,2"]) // => 'a,"say ""hi""","1,2"\n'
 */
export function formatCsvRow(
  fields: readonly (string | number | null | undefined)[],
  delimiter = ",",
): string {
  return `${fields
    .map((field) => {
      if (field === null || field === undefined) return "";
      const text = String(field);
      return /[",\n\r\t]/.test(text) || text.includes(delimiter)
        ? `"${text.replaceAll('"', '""')}"`
        : text;
    })
    .join(delimiter)}\n`;
}
