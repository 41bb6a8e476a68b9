import { formatCsvRow } from "@psyscreen/core";
import type { ReportDocument } from "./report-document";

/**
 * A report's tables and charts as CSV, one block per section (its title on a line of
 * its own, then a header and the rows; facts as label,value), blocks separated by an
 * empty line — the summary a school or county opens in a spreadsheet. Every text cell
 * that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` …) is prefixed with `'`.
 *
 * @param doc - a report document (`censusReportDocument`, `monthlyReportDocument`)
 * @returns the CSV text, with a byte-order mark so that Excel reads it as UTF-8
 * @example
 * reportToCsv(censusReportDocument(report, "zh-CN")).startsWith("\uFEFF") // => true
 */
export function reportToCsv(doc: ReportDocument): string {
  const row = (cells: readonly (string | number | null)[]) =>
    formatCsvRow(cells, { neutralizeFormulas: true });
  const blocks = doc.sections.map((section) => {
    const lines = [row([section.title])];
    switch (section.kind) {
      case "facts":
        for (const f of section.facts) lines.push(row([f.label, f.value]));
        break;
      case "table":
        lines.push(row(section.columns), ...section.rows.map(row));
        break;
      case "bars":
        for (const b of section.bars) lines.push(row([b.label, b.value, b.display ?? null]));
        break;
      case "trend":
        lines.push(row(["", ...section.labels]));
        for (const s of section.series) lines.push(row([s.name, ...s.values]));
        break;
    }
    return lines.join("");
  });
  return `\uFEFF${row([doc.title])}${row([doc.subtitle ?? ""])}\n${blocks.join("\n")}`;
}
