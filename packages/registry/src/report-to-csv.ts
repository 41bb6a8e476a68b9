import { formatCsvRow } from "@psyscreen/core";
import type { ReportDocument } from "./report-document";
import { reportRows } from "./report-rows";

/**
 * A report's tables and charts as CSV, one block per section (its title on a line of
 * its own, then a header and the rows; facts as label,value), blocks separated by an
 * empty line — the summary a school or county opens in a spreadsheet (the layout of
 * `reportRows`). Every text cell that a spreadsheet would run as a formula (`=`, `+`,
 * `-`, `@` …) is prefixed with `'`.
 *
 * @param doc - a report document (`censusReportDocument`, `monthlyReportDocument`)
 * @returns the CSV text, with a byte-order mark so that Excel reads it as UTF-8
 * @example
 * reportToCsv(censusReportDocument(report, "zh-CN")).startsWith("\uFEFF") // => true
 */
export function reportToCsv(doc: ReportDocument): string {
  const lines = reportRows(doc).map((cells) => formatCsvRow(cells, { neutralizeFormulas: true }));
  return `\uFEFF${lines.join("")}`;
}
