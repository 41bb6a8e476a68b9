import { extname, resolve } from "node:path";
import { formatCsvRow, type Locale, scaleToSql } from "@psyscreen/core";
import { CliError } from "../cli-error";
import type { Io } from "../io";
import { loadScale } from "../load-scale";
import { say } from "../messages";
import { OutputSink } from "../output-sink";
import type { ScoreCommandOptions } from "./score-command";

/** A DuckDB value as a CSV cell: numbers, text and NULL as such. */
function csvValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return String(value);
}

const sqlText = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * `psyscreen score --engine duckdb`: scores a CSV or Parquet file inside an embedded
 * DuckDB with the generated SQL (the same semantics as the JavaScript engine, held
 * together by differential tests), writing CSV. For files too large to stream through
 * JavaScript quickly. A NULL or `--missing` cell is a skipped answer; any other text in
 * an item column stops the run (use the default engine, which reports it per row).
 *
 * @returns the exit code (0)
 * @throws CliError when @psyscreen/cli's optional peer @duckdb/node-api is not installed,
 *   or DuckDB cannot read or cast the input
 */
export async function scoreWithDuckdb(
  options: ScoreCommandOptions,
  locale: Locale,
  io: Io,
): Promise<number> {
  const scale = loadScale(options.scale, locale);
  const unsupported = [
    ...(options.format === "csv" ? [] : [`--format ${options.format}`]),
    ...(options.normGroup.length > 0 ? ["--norm-group"] : []),
    ...(options.encoding === undefined ? [] : ["--encoding"]),
    ...(options.sheet === undefined ? [] : ["--sheet"]),
    ...(options.rejects === undefined ? [] : ["--rejects"]),
  ];
  if (unsupported.length > 0)
    throw new CliError(say(locale, "duckdb-unsupported", { options: unsupported.join(", ") }));
  let duckdb: typeof import("@duckdb/node-api");
  try {
    duckdb = await import("@duckdb/node-api");
  } catch {
    throw new CliError(say(locale, "duckdb-missing"));
  }
  const input = resolve(options.input);
  const parquet = [".parquet", ".pq"].includes(extname(input).toLowerCase());
  const nulls = ["", ...options.missing].map(sqlText).join(", ");
  const from = parquet
    ? `read_parquet(${sqlText(input)})`
    : `read_csv(${sqlText(input)}, header = true, nullstr = [${nulls}])`;
  const columns = Object.fromEntries(
    options.map.map((entry) => {
      const [column, item] = entry.split("=");
      if (!column || !item) throw new CliError(say(locale, "map-invalid", { value: entry }));
      return [item, column];
    }),
  );
  const instance = await duckdb.DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    // items the file has no column for were not shown to anyone
    const described = (
      await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${from}`)
    ).getRowObjectsJS();
    const header = new Set(described.map((row) => String(row.column_name)));
    // the detected types: answers in integer columns need no whole-number test
    const columnTypes = Object.fromEntries(
      described.map((row) => [String(row.column_name), String(row.column_type)]),
    );
    const notShown = scale.items.map((i) => i.id).filter((id) => !header.has(columns[id] ?? id));
    if (notShown.length === scale.items.length) {
      throw new CliError(say(locale, "header-no-items", { file: options.input, scale: scale.id }));
    }
    const sql = scaleToSql(scale, {
      dialect: "duckdb",
      from,
      keep: options.idColumn === undefined ? [] : [options.idColumn],
      columns,
      columnTypes,
      notShown,
    });
    let rows = 0;
    if (options.out === undefined || options.out === "-") {
      // to standard output: stream DuckDB's result chunk by chunk through the sink
      const out = new OutputSink(undefined, io);
      const result = await connection.stream(sql);
      await out.write(formatCsvRow(result.columnNames()));
      for (
        let chunk = await result.fetchChunk();
        chunk && chunk.rowCount > 0;
        chunk = await result.fetchChunk()
      ) {
        for (const row of chunk.getRows())
          await out.write(formatCsvRow(row.map(csvValue), { neutralizeFormulas: true }));
        rows += chunk.rowCount;
      }
      await out.close();
    } else {
      const copied = await connection.runAndReadAll(
        `COPY (${sql}) TO ${sqlText(resolve(options.out))} (HEADER, DELIMITER ',')`,
      );
      rows = Number(copied.getRows()[0]?.[0] ?? 0);
    }
    io.err(
      `${say(locale, "score-summary", { scored: rows, invalid: 0, rejected: 0, rejects: "" })}\n`,
    );
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(say(locale, "duckdb-failed", { reason: (error as Error).message }));
  } finally {
    connection.closeSync();
  }
  return 0;
}
