import { createReadStream } from "node:fs";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import { compileScale, type Locale, type NormGroup, scoreResponse } from "@psyscreen/core";
import { CliError } from "../cli-error";
import { formatCsvRow } from "../csv/format-csv-row";
import { type CsvRecord, readRecords } from "../csv/read-records";
import type { Io } from "../io";
import { loadScale } from "../load-scale";
import { say } from "../messages";
import { OutputSink } from "../output-sink";
import { resultColumns, resultValues } from "../result-columns";

/** Options of `psyscreen score`. */
export interface ScoreCommandOptions {
  scale: string;
  input: string;
  out?: string;
  format: "csv" | "ndjson" | "json";
  idColumn?: string;
  map: string[];
  rejects?: string;
  /** Cell values that mean "skipped" (besides an empty cell). */
  missing: string[];
  /** Columns named after norm-group fields: sex, age, grade, population, region. */
  normGroup: string[];
}

const NORM_FIELDS = ["sex", "age", "grade", "population", "region"] as const;
const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

/**
 * `psyscreen score`: scores every row of a CSV, TSV or NDJSON export with one scale,
 * streaming in constant memory. Each row is scored or written to the rejects file with
 * its line number and reason; the summary on stderr counts both.
 *
 * @returns 0 when every row was scored, 1 when some were rejected
 * @throws CliError for an unknown scale, unreadable input or a header with no items
 */
export async function scoreCommand(
  options: ScoreCommandOptions,
  locale: Locale,
  io: Io,
): Promise<number> {
  const scale = loadScale(options.scale, locale);
  compileScale(scale);
  const items = new Set(scale.items.map((i) => i.id));
  const mapped = new Map<string, string>();
  for (const entry of options.map) {
    const [column, item] = entry.split("=");
    if (!column || !item) throw new CliError(say(locale, "map-invalid", { value: entry }));
    if (!items.has(item))
      throw new CliError(say(locale, "map-unknown-item", { item, scale: scale.id }));
    mapped.set(column, item);
  }
  const missing = new Set(["", ...options.missing]);
  const withNorms = options.normGroup.length > 0;
  const out = new OutputSink(options.out, io);
  const rejectsFile = options.rejects ?? `${options.input}.rejects.csv`;
  let rejects: OutputSink | undefined;
  let scored = 0;
  let rejected = 0;
  let first = true;

  const reject = async (line: number, reason: string, raw: string) => {
    rejects ??= new OutputSink(rejectsFile, io);
    if (rejected === 0) await rejects.write(formatCsvRow(["line", "reason", "record"]));
    await rejects.write(formatCsvRow([line, reason, raw]));
    rejected++;
  };
  const emit = async (
    line: number,
    id: string | undefined,
    answers: Record<string, unknown>,
    group: NormGroup | undefined,
  ) => {
    const result = scoreResponse(scale, answers, {
      locale,
      ...(group ? { normGroup: group } : {}),
    });
    if (options.format === "csv") {
      if (first)
        await out.write(
          formatCsvRow([
            "line",
            ...(options.idColumn ? [options.idColumn] : []),
            ...resultColumns(scale, withNorms),
          ]),
        );
      await out.write(
        formatCsvRow([
          line,
          ...(options.idColumn ? [id] : []),
          ...resultValues(scale, result, withNorms),
        ]),
      );
    } else {
      const record = JSON.stringify({ line, ...(options.idColumn ? { id } : {}), ...result });
      if (options.format === "ndjson") await out.write(`${record}\n`);
      else await out.write(`${first ? "[\n" : ",\n"}${record}`);
    }
    first = false;
    scored++;
    if (io.errIsTTY && scored % 50_000 === 0) io.err(`\r${scored.toLocaleString("en")} …`);
  };

  const stream = createReadStream(options.input, { encoding: "utf8" });
  stream.on("error", () => {}); // reported by the iteration below
  try {
    if ([".ndjson", ".jsonl"].includes(extname(options.input).toLowerCase())) {
      let line = 0;
      for await (const text of createInterface({
        input: stream,
        crlfDelay: Number.POSITIVE_INFINITY,
      })) {
        line++;
        if (text.trim() === "") continue;
        let row: unknown;
        try {
          row = JSON.parse(text);
        } catch (error) {
          await reject(line, (error as Error).message, text);
          continue;
        }
        if (typeof row !== "object" || row === null || Array.isArray(row)) {
          await reject(line, "not a JSON object", text);
          continue;
        }
        const record = row as Record<string, unknown>;
        const answers: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(record)) {
          const item = mapped.get(key) ?? (items.has(key) ? key : undefined);
          if (item !== undefined)
            answers[item] = typeof value === "string" && missing.has(value.trim()) ? null : value;
        }
        const id =
          options.idColumn === undefined ? undefined : String(record[options.idColumn] ?? "");
        if (options.idColumn !== undefined && id === "") {
          await reject(line, say(locale, "reject-no-id", { column: options.idColumn }), text);
          continue;
        }
        await emit(
          line,
          id,
          answers,
          withNorms ? normGroupOf((f) => record[f], options.normGroup) : undefined,
        );
      }
    } else {
      const delimiter = [".tsv", ".tab"].includes(extname(options.input).toLowerCase())
        ? "\t"
        : ",";
      let header: string[] | undefined;
      let columnItems: (string | undefined)[] = [];
      let idIndex = -1;
      for await (const record of readRecords(stream, delimiter)) {
        if (header === undefined) {
          header = record.fields.map((f, i) => (i === 0 ? f.replace(/^\uFEFF/, "") : f).trim());
          columnItems = header.map((c) => mapped.get(c) ?? (items.has(c) ? c : undefined));
          if (columnItems.every((c) => c === undefined))
            throw new CliError(say(locale, "header-no-items", { scale: scale.id }));
          if (options.idColumn !== undefined) {
            idIndex = header.indexOf(options.idColumn);
            if (idIndex < 0)
              throw new CliError(
                say(locale, "header-unknown-column", { column: options.idColumn }),
              );
          }
          continue;
        }
        await scoreRecord(record, header, columnItems, idIndex);
      }
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

  async function scoreRecord(
    record: CsvRecord,
    header: string[],
    columnItems: (string | undefined)[],
    idIndex: number,
  ) {
    const raw = formatCsvRow(record.fields).trimEnd();
    if (record.fields.length !== header.length) {
      await reject(
        record.line,
        say(locale, "reject-columns", { got: record.fields.length, want: header.length }),
        raw,
      );
      return;
    }
    const id = idIndex >= 0 ? record.fields[idIndex]!.trim() : undefined;
    if (id === "") {
      await reject(record.line, say(locale, "reject-no-id", { column: options.idColumn! }), raw);
      return;
    }
    const answers: Record<string, unknown> = {};
    columnItems.forEach((item, c) => {
      if (item === undefined) return;
      const cell = record.fields[c]!.trim();
      answers[item] = missing.has(cell) ? null : NUMBER.test(cell) ? Number(cell) : cell;
    });
    const group = withNorms
      ? normGroupOf((f) => record.fields[header.indexOf(f)], options.normGroup)
      : undefined;
    await emit(record.line, id, answers, group);
  }

  if (options.format === "json") await out.write(first ? "[]\n" : "\n]\n");
  await out.close();
  await rejects?.close();
  if (io.errIsTTY && scored >= 50_000) io.err("\r");
  const rejectsNote = rejected > 0 ? say(locale, "score-rejects-file", { file: rejectsFile }) : "";
  io.err(`${say(locale, "score-summary", { scored, rejected, rejects: rejectsNote })}\n`);
  return rejected === 0 ? 0 : 1;
}

function normGroupOf(read: (field: string) => unknown, fields: string[]): NormGroup {
  const group: NormGroup = {};
  for (const field of fields) {
    if (!(NORM_FIELDS as readonly string[]).includes(field)) continue;
    const value = read(field);
    if (value === undefined || value === null || value === "") continue;
    if (field === "age" || field === "grade") group[field] = Number(value);
    else if (field === "sex") {
      const sex = String(value).trim().toLowerCase();
      if (["female", "f", "女"].includes(sex)) group.sex = "female";
      else if (["male", "m", "男"].includes(sex)) group.sex = "male";
    } else group[field as "population" | "region"] = String(value);
  }
  return group;
}
