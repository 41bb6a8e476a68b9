import { writeFile } from "node:fs/promises";
import { formatCsvRow, type Locale } from "@psyscreen/core";
import { CliError } from "../cli-error";
import type { Io } from "../io";
import { say } from "../messages";
import { XlsxWriter } from "./xlsx-writer";

/** A row of a summary sheet. */
export type SheetRow = readonly (string | number | null | undefined)[];

/**
 * Writes a summary as CSV (with a byte-order mark so Excel reads UTF-8; standard output
 * when no file is given) or as a one-sheet XLSX workbook (a file). In both, text a
 * spreadsheet would run as a formula (= + - @, tab, carriage return) is prefixed with `'`.
 *
 * @throws CliError when XLSX is asked for without a file
 */
export async function writeSheet(
  rows: readonly SheetRow[],
  format: "csv" | "xlsx",
  out: string | undefined,
  io: Io,
  locale: Locale,
  sheetName = "Sheet1",
): Promise<void> {
  if (format === "xlsx") {
    if (out === undefined || out === "-") throw new CliError(say(locale, "xlsx-needs-out"));
    const xlsx = new XlsxWriter(out, sheetName);
    for (const row of rows) await xlsx.writeRow(row);
    await xlsx.close();
    return;
  }
  const csv = `\uFEFF${rows.map((r) => formatCsvRow(r, { neutralizeFormulas: true })).join("")}`;
  await writeText(csv, out, io);
}

/** Writes text to a file, or to standard output when no file (or `-`) is given. */
export async function writeText(text: string, out: string | undefined, io: Io): Promise<void> {
  if (out === undefined || out === "-") io.out(text);
  else await writeFile(out, text);
}
