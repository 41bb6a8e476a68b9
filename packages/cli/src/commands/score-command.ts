import {
  type BatchResult,
  compileScale,
  formatCsvRow,
  type Locale,
  scoreBatch,
  scoreResponse,
} from "@psyscreen/core";
import { type AnswerRow, answerRows } from "../answer-rows";
import { ChunkScorer } from "../chunk-scorer";
import { CliError } from "../cli-error";
import { columnRow } from "../column-row";
import { fileSize } from "../file-size";
import { csvBatches } from "../input/csv-batches";
import { tableFormat } from "../input/read-table";
import type { Io } from "../io";
import { loadScale } from "../load-scale";
import { say } from "../messages";
import { checkNormFields, normGroupOf } from "../norm-group-of";
import { BatchRowWriter } from "../output/batch-row-writer";
import { XlsxWriter } from "../output/xlsx-writer";
import { OutputSink } from "../output-sink";
import { ProblemLog } from "../problem-log";
import { ProgressBar } from "../progress-bar";
import { resultColumns, resultValues } from "../result-columns";

/** Options of `psyscreen score`. */
export interface ScoreCommandOptions {
  scale: string;
  input: string;
  out?: string;
  format: "csv" | "ndjson" | "json" | "xlsx";
  idColumn?: string;
  map: string[];
  rejects?: string;
  /** Cell values that mean "skipped" (besides an empty cell). */
  missing: string[];
  /** Columns named after norm-group fields: sex, age, grade, population, region. */
  normGroup: string[];
  /** A WHATWG encoding label for text input; default: detect. */
  encoding?: string;
  /** The XLSX sheet, by name or 1-based number. */
  sheet?: string;
  /**
   * Rows scored per `scoreBatch` call for CSV and XLSX output (default 4096); 0 scores
   * every row with `scoreResponse`. The output is the same either way.
   */
  chunkRows?: number;
  /** Bytes per read of CSV and TSV input scored a chunk at a time (default 64 KiB; for tests). */
  chunkBytes?: number;
}

/**
 * `psyscreen score`: scores every row of a CSV, TSV, NDJSON or XLSX export with one
 * scale, streaming text input in constant memory, writing CSV, NDJSON, JSON or XLSX
 * (text cells that a spreadsheet would run as formulas are neutralized with `'`). Each row is scored or written to the
 * rejects file with its line, column and reason; answers that are not valid (text, out
 * of range) are scored as missing and listed in the row's `issues`. The first problems
 * print to stderr as `file:line:column: message`; the summary counts everything.
 *
 * @returns 0 when every row was scored without invalid answers, 1 otherwise
 * @throws CliError for an unknown scale, unreadable or empty input, or a header that
 *   lacks items or a named column
 */
export async function scoreCommand(
  options: ScoreCommandOptions,
  locale: Locale,
  io: Io,
): Promise<number> {
  const scale = loadScale(options.scale, locale);
  compileScale(scale);
  if (options.format === "xlsx" && (options.out === undefined || options.out === "-"))
    throw new CliError(say(locale, "xlsx-needs-out"));
  checkNormFields(options.normGroup, "--norm-group", locale);
  const withNorms = options.normGroup.length > 0;
  const rejectsFile = options.rejects ?? `${options.input}.rejects.csv`;
  const problems = new ProblemLog(io, options.input, locale);
  const bar = new ProgressBar(io, fileSize(options.input));
  const readOptions = { ...options, columns: options.normGroup };
  const readContext = {
    locale,
    onNote: (text: string) => io.err(`${text}\n`),
    progress: bar.progress,
  };
  const idColumns = options.idColumn === undefined ? [] : [options.idColumn];
  let out: OutputSink | undefined;
  let xlsx: XlsxWriter | undefined;
  // cells come from the export: text that a spreadsheet would run as a formula is neutralized
  const csv = (fields: (string | number | null | undefined)[]) =>
    formatCsvRow(fields, { neutralizeFormulas: true });
  let rejects: OutputSink | undefined;
  let scored = 0;
  let invalid = 0;
  let rejected = 0;
  const start = async () => {
    const header = ["line", ...idColumns, ...resultColumns(scale, withNorms)];
    if (options.format === "xlsx") {
      xlsx = new XlsxWriter(options.out!, scale.id);
      await xlsx.writeRow(header);
    }
    out = new OutputSink(options.format === "xlsx" ? undefined : options.out, io);
    if (options.format === "csv") await out.write(csv(header));
    if (options.format === "json") await out.write("[");
  };

  type Row = Extract<AnswerRow, { kind: "row" }>;
  const writeValues = async (row: Row, resultPart: (string | number | null)[]) => {
    const ids = options.idColumn === undefined ? [] : [row.id];
    const values = [row.line, ...ids, ...resultPart];
    if (xlsx) await xlsx.writeRow(values);
    else await out!.write(csv(values));
  };
  /** Scores one row with `scoreResponse`, reporting its issues, and writes it. */
  const scoreOne = async (row: Row, batchValues?: (string | number | null)[]) => {
    if (batchValues !== undefined) {
      await writeValues(row, batchValues);
      scored++;
      return;
    }
    const group = withNorms ? normGroupOf(row.cell, options.normGroup) : undefined;
    const result = scoreResponse(scale, row.answers, {
      locale,
      ...(group ? { normGroup: group } : {}),
    });
    const answerIssues = result.issues.filter((i) => i.path[0] === "answers");
    if (answerIssues.length > 0) invalid++;
    for (const issue of result.issues) {
      if (issue.path[0] !== "answers") {
        problems.report(row.line, undefined, issue.message); // e.g. no norm table fits
        continue;
      }
      const column = row.columnOf(String(issue.path[1]));
      problems.report(
        row.line,
        column?.number,
        `${column?.name ?? issue.path[1]}: ${issue.message}`,
      );
    }
    if (options.format === "csv" || options.format === "xlsx") {
      await writeValues(row, resultValues(scale, result, withNorms));
    } else {
      const record = JSON.stringify({
        line: row.line,
        ...(options.idColumn ? { id: row.id } : {}),
        ...result,
      });
      if (options.format === "ndjson") await out!.write(`${record}\n`);
      else await out!.write(`${scored === 0 ? "\n" : ",\n"}${record}`);
    }
    scored++;
  };
  // CSV and XLSX output without norms: rows are scored a chunk at a time (scoreBatch);
  // rows with answers the batch cannot take, or invalid ones, fall back to scoreOne.
  // CSV or TSV to CSV goes the fast way: read a chunk of bytes at a time into columns
  const batched = !withNorms && options.chunkRows !== 0;
  const input = tableFormat(options.input);
  const fast = batched && options.format === "csv" && (input === "csv" || input === "tsv");
  const chunks =
    batched && !fast && (options.format === "csv" || options.format === "xlsx")
      ? new ChunkScorer(scale, options.chunkRows)
      : undefined;
  const withId = options.idColumn !== undefined;

  const reject = async (row: Extract<AnswerRow, { kind: "reject" }>) => {
    rejects ??= new OutputSink(rejectsFile, io);
    if (rejected === 0) await rejects.write(csv(["line", "column", "reason", "record"]));
    await rejects.write(csv([row.line, row.column, row.reason, row.raw]));
    problems.report(row.line, row.column, row.reason);
    rejected++;
  };

  try {
    if (fast) {
      const writer = new BatchRowWriter(scale);
      let reused: BatchResult | undefined;
      for await (const batch of csvBatches(scale, readOptions, readContext, {
        rows: options.chunkRows,
        chunkBytes: options.chunkBytes,
      })) {
        if (out === undefined) await start();
        const n = batch.rows;
        let result: BatchResult | undefined;
        if (n > 0) {
          const columns: Record<string, Float64Array> = {};
          let k = 0;
          for (const item of batch.reader.itemColumns.keys())
            columns[item] = batch.columns[k++]!.subarray(0, n);
          const into = reused?.rows === n ? reused : undefined;
          result = scoreBatch(scale, columns, { rows: n, ...(into ? { into } : {}) });
          if (n === batch.capacity) reused = result;
        }
        for (const p of batch.order) {
          if (p >= 0 && result!.invalidAnswers[p] === 0) {
            writer.append(result!, p, batch.lines[p]!, withId ? batch.ids[p] : undefined);
            scored++;
            continue;
          }
          await out!.writeBytes(writer.take());
          if (p >= 0) {
            await scoreOne(columnRow(batch, p));
            continue;
          }
          const other = batch.others[-1 - p]!;
          const row = other.kind === "id-check" ? await batch.reader.settle(other) : other;
          if (row.kind === "reject") await reject(row);
          else await scoreOne(row);
        }
        await out!.writeBytes(writer.take());
        bar.tick(scored + rejected);
      }
    } else {
      for await (const row of answerRows(scale, readOptions, readContext)) {
        if (out === undefined) await start();
        if (row.kind === "reject") {
          // the rows before it first, so that problems print in file order
          await chunks?.flush(scoreOne);
          bar.tick(scored + rejected);
          await reject(row);
          continue;
        }
        bar.tick(scored + rejected + (chunks?.length ?? 0));
        if (chunks === undefined) await scoreOne(row);
        else if (chunks.add(row)) await chunks.flush(scoreOne);
      }
      await chunks?.flush(scoreOne);
    }
  } finally {
    bar.done();
    await rejects?.close();
  }

  if (options.format === "json") await out!.write(scored === 0 ? "]\n" : "\n]\n");
  await out!.close();
  await xlsx?.close();
  problems.finish();
  const rejectsNote = rejected > 0 ? say(locale, "score-rejects-file", { file: rejectsFile }) : "";
  io.err(`${say(locale, "score-summary", { scored, invalid, rejected, rejects: rejectsNote })}\n`);
  return rejected === 0 && invalid === 0 ? 0 : 1;
}
