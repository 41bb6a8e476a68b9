import type { Locale, ScaleDefinition } from "@psyscreen/core";
import { AnswerRowBuilder } from "./answer-row-builder";
import { CliError } from "./cli-error";
import { readTable } from "./input/read-table";
import { say } from "./messages";

/** How to read answers from an export. */
export interface AnswerRowOptions {
  input: string;
  /** `column=itemId` entries for columns named otherwise. */
  map: string[];
  /** Cell values that mean "skipped" (besides an empty cell). */
  missing: string[];
  /** The respondent's id column; a row without one, or with an id seen before, is rejected. */
  idColumn?: string | undefined;
  /** Other columns the command reads (e.g. norm groups): the header must have them. */
  columns?: string[];
  /** A WHATWG encoding label for text files; default: detect. */
  encoding?: string | undefined;
  /** The XLSX sheet, by name or 1-based number. */
  sheet?: string | undefined;
}

/** Where reading reports what it notices and how far it got. */
export interface AnswerRowContext {
  locale: Locale;
  /** One-line notes for standard error (unused columns, the encoding detected). */
  onNote?: (text: string) => void;
  progress?: { bytes: number };
}

/** The column an item is read from: 1-based number and header name. */
export interface ItemColumn {
  number: number;
  name: string;
}

/** One row of an export: its answers, or why it cannot be read. */
export type AnswerRow =
  | {
      kind: "row";
      line: number;
      id: string | undefined;
      answers: Record<string, unknown>;
      /** Any other cell of the row, by column name. */
      cell: (column: string) => unknown;
      /** Where an item's answer came from, for messages. */
      columnOf: (item: string) => ItemColumn | undefined;
    }
  | { kind: "reject"; line: number; column?: number | undefined; reason: string; raw: string };

/**
 * Reads an export (CSV, TSV, NDJSON, XLSX) row by row, turning item columns (by item id,
 * or mapped) into answers: an empty or `missing` cell is `null` (skipped), numeric text
 * a number, other text stays text for the engine to report. Text files stream in
 * constant memory (with `idColumn`, the hashes of the ids seen so far are kept to catch duplicates, see `IdSet`).
 * A row that cannot be read — broken quoting, the wrong number of fields, no id, an id
 * seen before, unreadable JSON — comes back as a reject with its line (and column when
 * known), never dropped.
 *
 * @param scale - the scale whose items are read
 * @param options - input, column mapping, missing values, id column, encoding, sheet
 * @param context - locale, note and progress callbacks
 * @returns the rows, in file order
 * @throws CliError for a bad `--map`, an unreadable or empty file, a header without
 *   items or without a column the command needs, or a column named twice
 */
export async function* answerRows(
  scale: ScaleDefinition,
  options: AnswerRowOptions,
  context: AnswerRowContext,
): AsyncGenerator<AnswerRow> {
  const { locale } = context;
  const file = options.input;
  const rows = new AnswerRowBuilder(scale, options, context);
  for await (const event of readTable({
    file,
    encoding: options.encoding,
    sheet: options.sheet,
    locale,
    ...(context.onNote ? { onNote: context.onNote } : {}),
    ...(context.progress ? { progress: context.progress } : {}),
  })) {
    if (event.kind === "header") {
      rows.setHeader(event.columns);
      continue;
    }
    rows.rows++;
    const row =
      event.kind === "malformed"
        ? rows.reject(event.line, event.column, event.reason, event.raw)
        : event.kind === "record"
          ? rows.record(event.line, event.record, event.raw)
          : rows.cells(event.line, event.cells, () => event.raw);
    yield row.kind === "id-check" ? await rows.settle(row) : row;
  }
  if (rows.rows === 0) throw new CliError(say(locale, "file-no-rows", { file }));
}
