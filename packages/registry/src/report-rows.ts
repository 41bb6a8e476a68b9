import type { ReportDocument } from "./report-document";

/** One row of a report laid out as a sheet: text, numbers, or empty cells. */
export type ReportRow = (string | number | null)[];

/**
 * A report's tables and charts as rows of one sheet, one block per section (its title on
 * a row of its own, then a header and the rows; facts as label, value; bars as label,
 * value, display), blocks separated by an empty row, after the title and subtitle. The
 * layout of `reportToCsv`, for writers of other sheet formats (XLSX); text is left as
 * written, so the writer must neutralize formula-like cells.
 *
 * @param doc - a report document (`censusReportDocument`, `monthlyReportDocument`)
 * @returns the rows, in order
 * @example
 * reportRows(monthlyReportDocument(report, "en"))[0] // => ["2026-10 monthly dispatch report"]
 */
export function reportRows(doc: ReportDocument): ReportRow[] {
  const rows: ReportRow[] = [[doc.title], [doc.subtitle ?? ""]];
  for (const section of doc.sections) {
    rows.push([], [section.title]);
    switch (section.kind) {
      case "facts":
        for (const f of section.facts) rows.push([f.label, f.value]);
        break;
      case "table":
        rows.push([...section.columns], ...section.rows.map((r) => [...r]));
        break;
      case "bars":
        for (const b of section.bars) rows.push([b.label, b.value, b.display ?? null]);
        break;
      case "trend":
        rows.push(["", ...section.labels]);
        for (const s of section.series) rows.push([s.name, ...s.values]);
        break;
    }
  }
  return rows;
}
