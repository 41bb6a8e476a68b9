import { extname } from "node:path";
import type { Locale } from "@psyscreen/core";
import { formatCsvRow } from "@psyscreen/core";
import { CliError } from "../cli-error";
import { readRecords } from "../csv/read-records";
import { say } from "../messages";
import { decodeChunks } from "./decode-chunks";
import { readChunks } from "./read-chunks";
import { readingError } from "./reading-error";
import { splitLines } from "./split-lines";

/** How `readTable` reads a file. */
export interface ReadTableOptions {
  file: string;
  /** A WHATWG encoding label; undefined = detect (text formats only). */
  encoding?: string | undefined;
  /** The XLSX sheet, by name or 1-based number; default the first. */
  sheet?: string | undefined;
  locale: Locale;
  onNote?: (text: string) => void;
  progress?: { bytes: number };
}

/** What a table file holds, one event at a time. */
export type TableEvent =
  /** The column names (CSV, TSV, XLSX: the first row). */
  | { kind: "header"; line: number; columns: string[] }
  /** A row of cells in header order (text from CSV/TSV; text or numbers from XLSX). */
  | { kind: "cells"; line: number; cells: unknown[]; raw: string }
  /** An NDJSON record. */
  | { kind: "record"; line: number; record: Record<string, unknown>; raw: string }
  /** A row that cannot be read; `column` is 1-based when known. */
  | { kind: "malformed"; line: number; column?: number; reason: string; raw: string };

/** The formats `readTable` knows, by file extension. */
export type TableFormat = "csv" | "tsv" | "ndjson" | "xlsx";

/** The format of a file from its extension (CSV when unknown). */
export function tableFormat(file: string): TableFormat {
  const ext = extname(file).toLowerCase();
  if (ext === ".tsv" || ext === ".tab") return "tsv";
  if (ext === ".ndjson" || ext === ".jsonl") return "ndjson";
  if (ext === ".xlsx") return "xlsx";
  return "csv";
}

/**
 * Reads a CSV, TSV, NDJSON or XLSX file as a stream of table events: the header, then
 * each row (or why it cannot be read). Text formats stream in constant memory.
 *
 * @param options - the file, its encoding or sheet, the message locale
 * @returns the events, in file order
 * @throws CliError when the file cannot be read or is empty
 * @example
 * for await (const e of readTable({ file: "export.csv", locale: "en" })) e.kind
 * // => "header", then "cells" per row
 */
export async function* readTable(options: ReadTableOptions): AsyncGenerator<TableEvent> {
  const { file, locale } = options;
  const format = tableFormat(file);
  try {
    if (format === "xlsx") {
      const { readXlsx } = await import("./read-xlsx");
      yield* readXlsx(options);
      return;
    }
    const text = decodeChunks(readChunks(file), options);
    let any = false;
    if (format === "ndjson") {
      for await (const { line, text: row } of splitLines(text)) {
        if (row.trim() === "") continue;
        any = true;
        let parsed: unknown;
        try {
          parsed = JSON.parse(row);
        } catch (error) {
          yield { kind: "malformed", line, reason: (error as Error).message, raw: row };
          continue;
        }
        if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
          yield { kind: "malformed", line, reason: say(locale, "reject-not-object"), raw: row };
          continue;
        }
        yield { kind: "record", line, record: parsed as Record<string, unknown>, raw: row };
      }
    } else {
      for await (const record of readRecords(text, format === "tsv" ? "\t" : ",")) {
        const fields = record.fields;
        if (!any) {
          any = true;
          yield { kind: "header", line: record.line, columns: record.fields.map((f) => f.trim()) };
        } else if (record.malformed) {
          const { code, column, lastLine } = record.malformed;
          yield {
            kind: "malformed",
            line: record.line,
            column,
            reason: say(locale, `reject-${code}`, { last: lastLine }),
            raw: formatCsvRow(fields).trimEnd(),
          };
        } else {
          // the raw record is formatted only for a row that is rejected
          yield {
            kind: "cells",
            line: record.line,
            cells: fields,
            get raw() {
              return formatCsvRow(fields).trimEnd();
            },
          };
        }
      }
    }
    if (!any) throw new CliError(say(locale, "file-empty", { file }));
  } catch (error) {
    throw readingError(error, file, locale);
  }
}
