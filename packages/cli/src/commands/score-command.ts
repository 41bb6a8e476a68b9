import { compileScale, type Locale, scoreResponse } from "@psyscreen/core";
import { answerRows } from "../answer-rows";
import { formatCsvRow } from "../csv/format-csv-row";
import type { Io } from "../io";
import { loadScale } from "../load-scale";
import { say } from "../messages";
import { normGroupOf } from "../norm-group-of";
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
  const withNorms = options.normGroup.length > 0;
  const out = new OutputSink(options.out, io);
  const rejectsFile = options.rejects ?? `${options.input}.rejects.csv`;
  let rejects: OutputSink | undefined;
  let scored = 0;
  let rejected = 0;

  for await (const row of answerRows(scale, options, locale)) {
    if (row.kind === "reject") {
      rejects ??= new OutputSink(rejectsFile, io);
      if (rejected === 0) await rejects.write(formatCsvRow(["line", "reason", "record"]));
      await rejects.write(formatCsvRow([row.line, row.reason, row.raw]));
      rejected++;
      continue;
    }
    const group = withNorms ? normGroupOf(row.cell, options.normGroup) : undefined;
    const result = scoreResponse(scale, row.answers, {
      locale,
      ...(group ? { normGroup: group } : {}),
    });
    const idColumns = options.idColumn === undefined ? [] : [options.idColumn];
    if (options.format === "csv") {
      if (scored === 0)
        await out.write(formatCsvRow(["line", ...idColumns, ...resultColumns(scale, withNorms)]));
      const ids = options.idColumn === undefined ? [] : [row.id];
      await out.write(formatCsvRow([row.line, ...ids, ...resultValues(scale, result, withNorms)]));
    } else {
      const record = JSON.stringify({
        line: row.line,
        ...(options.idColumn ? { id: row.id } : {}),
        ...result,
      });
      if (options.format === "ndjson") await out.write(`${record}\n`);
      else await out.write(`${scored === 0 ? "[\n" : ",\n"}${record}`);
    }
    scored++;
    if (io.errIsTTY && scored % 50_000 === 0) io.err(`\r${scored.toLocaleString("en")} …`);
  }

  if (options.format === "json") await out.write(scored === 0 ? "[]\n" : "\n]\n");
  await out.close();
  await rejects?.close();
  if (io.errIsTTY && scored >= 50_000) io.err("\r");
  const rejectsNote = rejected > 0 ? say(locale, "score-rejects-file", { file: rejectsFile }) : "";
  io.err(`${say(locale, "score-summary", { scored, rejected, rejects: rejectsNote })}\n`);
  return rejected === 0 ? 0 : 1;
}
