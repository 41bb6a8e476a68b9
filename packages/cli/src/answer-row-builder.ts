import type { ScaleDefinition } from "@psyscreen/core";
import type { AnswerRow, AnswerRowContext, AnswerRowOptions, ItemColumn } from "./answer-rows";
import { CliError } from "./cli-error";
import { IdSet } from "./id-set";
import { readTable } from "./input/read-table";
import { say } from "./messages";

type Row = Extract<AnswerRow, { kind: "row" }>;

/** A row whose id has the hashes of an id seen before: a duplicate if the ids are equal. */
export interface IdCheck {
  kind: "id-check";
  row: Row;
  column: number | undefined;
  raw: () => string;
}

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

/**
 * Turns the header and rows of an export into answer rows, one at a time and
 * synchronously, for `answerRows` and for the fast CSV reader of `psyscreen score`
 * (which shares its header checks, id set and per-row rules, so both give the same
 * rows, rejects and messages). Ids are checked in file order; a row whose id has the
 * hash of one seen before comes back as an `IdCheck` for `settle` to decide.
 */
export class AnswerRowBuilder {
  readonly mapped = new Map<string, string>();
  readonly missing: Set<string>;
  header: string[] | undefined;
  index = new Map<string, number>();
  itemColumns = new Map<string, ItemColumn>();
  idIndex = -1;
  /** The data rows so far (rows and rejects). */
  rows = 0;
  readonly ids = new IdSet();
  private readonly items: Set<string>;
  /** Ids found to be duplicates, with the line each was first seen on (up to 100,000). */
  private readonly firstLines = new Map<string, number>();

  constructor(
    private readonly scale: ScaleDefinition,
    private readonly options: AnswerRowOptions,
    private readonly context: AnswerRowContext,
  ) {
    const { locale } = context;
    this.items = new Set(scale.items.map((i) => i.id));
    for (const entry of options.map) {
      const [column, item, extra] = entry.split("=");
      if (!column || !item || extra !== undefined)
        throw new CliError(say(locale, "map-invalid", { value: entry }));
      if (!this.items.has(item))
        throw new CliError(say(locale, "map-unknown-item", { item, scale: scale.id }));
      this.mapped.set(column.trim(), item.trim());
    }
    this.missing = new Set(["", ...options.missing]);
  }

  itemOf(column: string): string | undefined {
    return this.mapped.get(column) ?? (this.items.has(column) ? column : undefined);
  }

  /** An answer from a cell: `null` when empty or missing, a number, or text as it is. */
  answerOf(value: unknown): unknown {
    if (typeof value !== "string") return value ?? null;
    const text = value.trim();
    if (this.missing.has(text)) return null;
    // a single digit, by far the most common answer, needs no pattern
    const digit = text.length === 1 ? text.charCodeAt(0) - 48 : -1;
    if (digit >= 0 && digit <= 9) return digit;
    return NUMBER.test(text) ? Number(text) : text;
  }

  /** A reject. */
  reject(line: number, column: number | undefined, reason: string, raw: string): AnswerRow {
    return { kind: "reject", line, column, reason, raw };
  }

  /** Checks an id in file order: a reason to reject the row, true to check it, or false. */
  private idProblem(id: string): string | boolean {
    if (id === "")
      return say(this.context.locale, "reject-no-id", { column: this.options.idColumn! });
    return !this.ids.add(id);
  }

  /** A CSV, TSV or XLSX row of cells in header order. */
  cells(line: number, cells: unknown[], raw: () => string): AnswerRow | IdCheck {
    const header = this.header!;
    if (cells.length !== header.length) {
      const reason = say(this.context.locale, "reject-columns", {
        got: cells.length,
        want: header.length,
      });
      const column = Math.min(cells.length, header.length) + 1; // the first extra or missing field
      return this.reject(line, column, reason, raw());
    }
    const idIndex = this.idIndex;
    const id = idIndex >= 0 ? String(cells[idIndex] ?? "").trim() : undefined;
    const problem = id === undefined ? undefined : this.idProblem(id);
    if (typeof problem === "string") return this.reject(line, idIndex + 1, problem, raw());
    const answers: Record<string, unknown> = {};
    for (const [item, column] of this.itemColumns)
      answers[item] = this.answerOf(cells[column.number - 1]);
    const columns = this.index;
    const itemColumns = this.itemColumns;
    const row: Row = {
      kind: "row",
      line,
      id,
      answers,
      cell: (column) => {
        const i = columns.get(column);
        return i === undefined ? undefined : cells[i];
      },
      columnOf: (item) => itemColumns.get(item),
    };
    return problem === true ? { kind: "id-check", row, column: idIndex + 1, raw } : row;
  }

  /** An NDJSON record (the first one's keys stand for the header). */
  record(line: number, record: Record<string, unknown>, raw: string): AnswerRow | IdCheck {
    if (this.header === undefined) {
      const header = Object.keys(record);
      this.header = header;
      if (!header.some((key) => this.itemOf(key) !== undefined))
        throw new CliError(
          say(this.context.locale, "header-no-items", {
            file: this.options.input,
            scale: this.scale.id,
          }),
        );
      this.noteColumns(
        header,
        new Set(header.map((c) => this.itemOf(c)).filter((i) => i !== undefined)),
      );
    }
    const answers: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      const item = this.itemOf(key);
      if (item !== undefined) answers[item] = this.answerOf(value);
    }
    const idColumn = this.options.idColumn;
    const id = idColumn === undefined ? undefined : String(record[idColumn] ?? "").trim();
    const problem = id === undefined ? undefined : this.idProblem(id);
    if (typeof problem === "string") return this.reject(line, undefined, problem, raw);
    const mapped = this.mapped;
    const row: Row = {
      kind: "row",
      line,
      id,
      answers,
      cell: (column) => record[column],
      columnOf: (item) => {
        const name = [...mapped].find(([, i]) => i === item)?.[0] ?? item;
        return name in record ? { number: Object.keys(record).indexOf(name) + 1, name } : undefined;
      },
    };
    return problem === true ? { kind: "id-check", row, column: undefined, raw: () => raw } : row;
  }

  /**
   * Decides an `IdCheck`: reads the input again up to the row (ids are kept as hashes,
   * not as text) and rejects the row as a duplicate when a row before it, with the right
   * number of cells, has its id — the first such row is the one the message names.
   */
  async settle(check: IdCheck): Promise<AnswerRow> {
    const id = check.row.id!;
    const first = this.firstLines.get(id) ?? (await this.firstLineOf(id, check.row.line));
    if (first === undefined) return check.row;
    if (this.firstLines.size < 100_000) this.firstLines.set(id, first);
    const reason = say(this.context.locale, "reject-duplicate-id", { id, first });
    return this.reject(check.row.line, check.column, reason, check.raw());
  }

  private async firstLineOf(id: string, before: number): Promise<number | undefined> {
    const { input: file, encoding, sheet, idColumn } = this.options;
    let at = -1;
    let width = 0;
    for await (const event of readTable({ file, encoding, sheet, locale: this.context.locale })) {
      if (event.line >= before) break;
      if (event.kind === "header") {
        at = event.columns.indexOf(idColumn!);
        width = event.columns.length;
      } else if (event.kind === "cells") {
        if (event.cells.length === width && String(event.cells[at] ?? "").trim() === id)
          return event.line;
      } else if (event.kind === "record") {
        if (String(event.record[idColumn!] ?? "").trim() === id) return event.line;
      }
    }
    return undefined;
  }

  /** Checks the header of a CSV, TSV or XLSX file and notes what it lacks or leaves unread. */
  setHeader(columns: string[]): void {
    const { locale } = this.context;
    const file = this.options.input;
    const index = new Map<string, number>();
    columns.forEach((name, i) => {
      const first = index.get(name);
      if (first !== undefined && name !== "")
        throw new CliError(
          say(locale, "header-duplicate", { file, column: name, first: first + 1, second: i + 1 }),
        );
      index.set(name, i);
    });
    for (const column of this.mapped.keys()) {
      if (!index.has(column))
        throw new CliError(say(locale, "map-unknown-column", { file, column }));
    }
    const idColumn = this.options.idColumn;
    for (const column of [
      ...(idColumn === undefined ? [] : [idColumn]),
      ...(this.options.columns ?? []),
    ]) {
      if (!index.has(column))
        throw new CliError(say(locale, "header-unknown-column", { file, column }));
    }
    const itemColumns = new Map<string, ItemColumn>();
    columns.forEach((name, i) => {
      const item = this.itemOf(name);
      if (item === undefined) return;
      const other = itemColumns.get(item);
      if (other !== undefined)
        throw new CliError(
          say(locale, "header-item-twice", { file, item, first: other.name, second: name }),
        );
      itemColumns.set(item, { number: i + 1, name });
    });
    if (itemColumns.size === 0)
      throw new CliError(say(locale, "header-no-items", { file, scale: this.scale.id }));
    this.noteColumns(columns, new Set(itemColumns.keys()));
    this.header = columns;
    this.index = index;
    this.itemColumns = itemColumns;
    this.idIndex = idColumn === undefined ? -1 : index.get(idColumn)!;
  }

  /** Notes columns nothing reads, and required items no column holds. */
  private noteColumns(columns: string[], present: Set<string>): void {
    const { locale, onNote } = this.context;
    const file = this.options.input;
    const idColumn = this.options.idColumn;
    const used = new Set([...(idColumn ? [idColumn] : []), ...(this.options.columns ?? [])]);
    const unused = columns.filter((c) => c !== "" && this.itemOf(c) === undefined && !used.has(c));
    if (unused.length > 0)
      onNote?.(
        say(locale, "header-unused", { file, columns: unused.join(", "), scale: this.scale.id }),
      );
    const absent = this.scale.items
      .filter((i) => i.required !== false && !present.has(i.id))
      .map((i) => i.id);
    if (absent.length > 0)
      onNote?.(say(locale, "header-items-absent", { file, items: absent.join(", ") }));
  }
}
