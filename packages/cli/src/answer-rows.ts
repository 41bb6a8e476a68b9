import { createReadStream } from "node:fs";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import type { Locale, ScaleDefinition } from "@psyscreen/core";
import { CliError } from "./cli-error";
import { formatCsvRow } from "./csv/format-csv-row";
import { readRecords } from "./csv/read-records";
import { say } from "./messages";

/** How to read answers from an export. */
export interface AnswerRowOptions {
  input: string;
  /** `column=itemId` entries for columns named otherwise. */
  map: string[];
  /** Cell values that mean "skipped" (besides an empty cell). */
  missing: string[];
  /** The respondent's id column; a row without one is rejected. */
  idColumn?: string;
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
    }
  | { kind: "reject"; line: number; reason: string; raw: string };

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

/**
 * Reads a CSV, TSV or NDJSON export row by row in constant memory, turning item columns
 * (by item id, or mapped) into answers: an empty or `missing` cell is `null` (skipped),
 * numeric text a number, other text stays text for the engine to report. A row with the
 * wrong number of fields, no id or unreadable JSON comes back as a reject.
 *
 * @throws CliError for a bad `--map`, an unreadable file, no item column or no id column
 */
export async function* answerRows(
  scale: ScaleDefinition,
  options: AnswerRowOptions,
  locale: Locale,
): AsyncGenerator<AnswerRow> {
  const items = new Set(scale.items.map((i) => i.id));
  const mapped = new Map<string, string>();
  for (const entry of options.map) {
    const [column, item] = entry.split("=");
    if (!column || !item) throw new CliError(say(locale, "map-invalid", { value: entry }));
    if (!items.has(item))
      throw new CliError(say(locale, "map-unknown-item", { item, scale: scale.id }));
    mapped.set(column, item);
  }
  const itemOf = (column: string) => mapped.get(column) ?? (items.has(column) ? column : undefined);
  const missing = new Set(["", ...options.missing]);
  const stream = createReadStream(options.input, { encoding: "utf8" });
  try {
    if ([".ndjson", ".jsonl"].includes(extname(options.input).toLowerCase())) {
      let line = 0;
      for await (const text of createInterface({
        input: stream,
        crlfDelay: Number.POSITIVE_INFINITY,
      })) {
        line++;
        if (text.trim() === "") continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch (error) {
          yield { kind: "reject", line, reason: (error as Error).message, raw: text };
          continue;
        }
        if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
          yield { kind: "reject", line, reason: "not a JSON object", raw: text };
          continue;
        }
        const record = parsed as Record<string, unknown>;
        const answers: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(record)) {
          const item = itemOf(key);
          if (item !== undefined)
            answers[item] = typeof value === "string" && missing.has(value.trim()) ? null : value;
        }
        const id =
          options.idColumn === undefined ? undefined : String(record[options.idColumn] ?? "");
        if (id === "") {
          yield {
            kind: "reject",
            line,
            reason: say(locale, "reject-no-id", { column: options.idColumn! }),
            raw: text,
          };
          continue;
        }
        yield { kind: "row", line, id, answers, cell: (column) => record[column] };
      }
      return;
    }
    const delimiter = [".tsv", ".tab"].includes(extname(options.input).toLowerCase()) ? "\t" : ",";
    let header: string[] | undefined;
    let columnItems: (string | undefined)[] = [];
    let idIndex = -1;
    for await (const record of readRecords(stream, delimiter)) {
      if (header === undefined) {
        header = record.fields.map((f, i) => (i === 0 ? f.replace(/^\uFEFF/, "") : f).trim());
        columnItems = header.map(itemOf);
        if (columnItems.every((c) => c === undefined))
          throw new CliError(say(locale, "header-no-items", { scale: scale.id }));
        if (options.idColumn !== undefined) {
          idIndex = header.indexOf(options.idColumn);
          if (idIndex < 0)
            throw new CliError(say(locale, "header-unknown-column", { column: options.idColumn }));
        }
        continue;
      }
      const raw = formatCsvRow(record.fields).trimEnd();
      if (record.fields.length !== header.length) {
        const reason = say(locale, "reject-columns", {
          got: record.fields.length,
          want: header.length,
        });
        yield { kind: "reject", line: record.line, reason, raw };
        continue;
      }
      const id = idIndex >= 0 ? record.fields[idIndex]!.trim() : undefined;
      if (id === "") {
        yield {
          kind: "reject",
          line: record.line,
          reason: say(locale, "reject-no-id", { column: options.idColumn! }),
          raw,
        };
        continue;
      }
      const answers: Record<string, unknown> = {};
      columnItems.forEach((item, c) => {
        if (item === undefined) return;
        const cell = record.fields[c]!.trim();
        answers[item] = missing.has(cell) ? null : NUMBER.test(cell) ? Number(cell) : cell;
      });
      const columns = header;
      yield {
        kind: "row",
        line: record.line,
        id,
        answers,
        cell: (column) => record.fields[columns.indexOf(column)],
      };
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR" || code === "EACCES") {
      throw new CliError(
        say(locale, "file-unreadable", { file: options.input, reason: (error as Error).message }),
      );
    }
    throw error;
  }
}
