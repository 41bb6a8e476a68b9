import type { Locale, ScaleDefinition } from "@psyscreen/core";
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

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

/**
 * Reads an export (CSV, TSV, NDJSON, XLSX) row by row, turning item columns (by item id,
 * or mapped) into answers: an empty or `missing` cell is `null` (skipped), numeric text
 * a number, other text stays text for the engine to report. Text files stream in
 * constant memory (with `idColumn`, the ids seen so far are kept to catch duplicates).
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
  const items = new Set(scale.items.map((i) => i.id));
  const mapped = new Map<string, string>();
  for (const entry of options.map) {
    const [column, item, extra] = entry.split("=");
    if (!column || !item || extra !== undefined)
      throw new CliError(say(locale, "map-invalid", { value: entry }));
    if (!items.has(item))
      throw new CliError(say(locale, "map-unknown-item", { item, scale: scale.id }));
    mapped.set(column.trim(), item.trim());
  }
  const itemOf = (column: string) => mapped.get(column) ?? (items.has(column) ? column : undefined);
  const missing = new Set(["", ...options.missing]);
  const answerOf = (value: unknown) => {
    if (typeof value !== "string") return value ?? null;
    const text = value.trim();
    if (missing.has(text)) return null;
    // a single digit, by far the most common answer, needs no pattern
    const digit = text.length === 1 ? text.charCodeAt(0) - 48 : -1;
    if (digit >= 0 && digit <= 9) return digit;
    return NUMBER.test(text) ? Number(text) : text;
  };
  const seen = new Map<string, number>();
  const idProblem = (id: string, line: number): string | undefined => {
    if (options.idColumn === undefined) return undefined;
    if (id === "") return say(locale, "reject-no-id", { column: options.idColumn });
    const first = seen.get(id);
    if (first !== undefined) return say(locale, "reject-duplicate-id", { id, first });
    seen.set(id, line);
    return undefined;
  };

  let header: string[] | undefined;
  let index = new Map<string, number>();
  let itemColumns = new Map<string, ItemColumn>();
  let idIndex = -1;
  let rows = 0;
  for await (const event of readTable({
    file,
    encoding: options.encoding,
    sheet: options.sheet,
    locale,
    ...(context.onNote ? { onNote: context.onNote } : {}),
    ...(context.progress ? { progress: context.progress } : {}),
  })) {
    if (event.kind === "header") {
      header = event.columns;
      ({ index, itemColumns } = checkHeader(header));
      idIndex = options.idColumn === undefined ? -1 : index.get(options.idColumn)!;
      continue;
    }
    rows++;
    if (event.kind === "malformed") {
      yield {
        kind: "reject",
        line: event.line,
        column: event.column,
        reason: event.reason,
        raw: event.raw,
      };
      continue;
    }
    if (event.kind === "record") {
      const record = event.record;
      if (header === undefined) {
        // NDJSON has no header: the first record's keys stand for one
        header = Object.keys(record);
        if (!header.some((key) => itemOf(key) !== undefined))
          throw new CliError(say(locale, "header-no-items", { file, scale: scale.id }));
        noteColumns(header, new Set(header.map(itemOf).filter((i) => i !== undefined)));
      }
      const answers: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(record)) {
        const item = itemOf(key);
        if (item !== undefined) answers[item] = answerOf(value);
      }
      const id =
        options.idColumn === undefined ? undefined : String(record[options.idColumn] ?? "").trim();
      const problem = id === undefined ? undefined : idProblem(id, event.line);
      if (problem !== undefined) {
        yield { kind: "reject", line: event.line, reason: problem, raw: event.raw };
        continue;
      }
      const columnOf = (item: string) => {
        const name = [...mapped].find(([, i]) => i === item)?.[0] ?? item;
        return name in record ? { number: Object.keys(record).indexOf(name) + 1, name } : undefined;
      };
      yield {
        kind: "row",
        line: event.line,
        id,
        answers,
        cell: (column) => record[column],
        columnOf,
      };
      continue;
    }
    const cells = event.cells;
    if (cells.length !== header!.length) {
      const reason = say(locale, "reject-columns", { got: cells.length, want: header!.length });
      const column = Math.min(cells.length, header!.length) + 1; // the first extra or missing field
      yield { kind: "reject", line: event.line, column, reason, raw: event.raw };
      continue;
    }
    const id = idIndex >= 0 ? String(cells[idIndex] ?? "").trim() : undefined;
    const problem = id === undefined ? undefined : idProblem(id, event.line);
    if (problem !== undefined) {
      yield {
        kind: "reject",
        line: event.line,
        column: idIndex + 1,
        reason: problem,
        raw: event.raw,
      };
      continue;
    }
    const answers: Record<string, unknown> = {};
    for (const [item, column] of itemColumns) answers[item] = answerOf(cells[column.number - 1]);
    const columns = index;
    yield {
      kind: "row",
      line: event.line,
      id,
      answers,
      cell: (column) => {
        const i = columns.get(column);
        return i === undefined ? undefined : cells[i];
      },
      columnOf: (item) => itemColumns.get(item),
    };
  }
  if (rows === 0) throw new CliError(say(locale, "file-no-rows", { file }));

  function checkHeader(columns: string[]) {
    const index = new Map<string, number>();
    columns.forEach((name, i) => {
      const first = index.get(name);
      if (first !== undefined && name !== "")
        throw new CliError(
          say(locale, "header-duplicate", { file, column: name, first: first + 1, second: i + 1 }),
        );
      index.set(name, i);
    });
    for (const column of mapped.keys()) {
      if (!index.has(column))
        throw new CliError(say(locale, "map-unknown-column", { file, column }));
    }
    for (const column of [
      ...(options.idColumn === undefined ? [] : [options.idColumn]),
      ...(options.columns ?? []),
    ]) {
      if (!index.has(column))
        throw new CliError(say(locale, "header-unknown-column", { file, column }));
    }
    const itemColumns = new Map<string, ItemColumn>();
    columns.forEach((name, i) => {
      const item = itemOf(name);
      if (item === undefined) return;
      const other = itemColumns.get(item);
      if (other !== undefined)
        throw new CliError(
          say(locale, "header-item-twice", { file, item, first: other.name, second: name }),
        );
      itemColumns.set(item, { number: i + 1, name });
    });
    if (itemColumns.size === 0)
      throw new CliError(say(locale, "header-no-items", { file, scale: scale.id }));
    noteColumns(columns, new Set(itemColumns.keys()));
    return { index, itemColumns };
  }

  /** Notes columns nothing reads, and required items no column holds. */
  function noteColumns(columns: string[], present: Set<string>) {
    const used = new Set([
      ...(options.idColumn ? [options.idColumn] : []),
      ...(options.columns ?? []),
    ]);
    const unused = columns.filter((c) => c !== "" && itemOf(c) === undefined && !used.has(c));
    if (unused.length > 0)
      context.onNote?.(
        say(locale, "header-unused", { file, columns: unused.join(", "), scale: scale.id }),
      );
    const absent = scale.items
      .filter((i) => i.required !== false && !present.has(i.id))
      .map((i) => i.id);
    if (absent.length > 0)
      context.onNote?.(say(locale, "header-items-absent", { file, items: absent.join(", ") }));
  }
}
