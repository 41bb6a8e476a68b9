import type { Locale } from "@psyscreen/core";
import { CliError } from "./cli-error";
import { readTable } from "./input/read-table";

/** A row of a table file: its line and its cells by column name. */
export type Row = { line: number; cells: Record<string, string> };

/**
 * The rows of a CSV, TSV or XLSX file as column → text, held in memory (rosters and
 * census sheets, not exports to stream); a malformed row stops the command with its file,
 * line and column.
 *
 * @param file - the file
 * @param locale - the locale of messages
 * @param encoding - the text encoding; default detect
 * @returns the rows, in order
 */
export async function readRows(file: string, locale: Locale, encoding?: string): Promise<Row[]> {
  const rows: Row[] = [];
  let columns: string[] = [];
  for await (const event of readTable({ file, locale, encoding })) {
    if (event.kind === "header") columns = event.columns;
    else if (event.kind === "malformed") {
      throw new CliError(
        `${file}:${event.line}${event.column ? `:${event.column}` : ""}: ${event.reason}`,
      );
    } else if (event.kind === "cells") {
      const cells: Record<string, string> = {};
      columns.forEach((c, i) => {
        cells[c] =
          event.cells[i] === undefined || event.cells[i] === null ? "" : String(event.cells[i]);
      });
      rows.push({ line: event.line, cells });
    }
  }
  return rows;
}
