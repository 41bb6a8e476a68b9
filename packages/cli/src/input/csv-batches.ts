import { formatCsvRow, type ScaleDefinition } from "@psyscreen/core";
import { AnswerRowBuilder, type IdCheck } from "../answer-row-builder";
import type { AnswerRow, AnswerRowContext, AnswerRowOptions } from "../answer-rows";
import { CliError } from "../cli-error";
import { type CsvSink, CsvSplitter } from "../csv/csv-splitter";
import { say } from "../messages";
import { decodeChunks } from "./decode-chunks";
import { readChunks } from "./read-chunks";
import { tableFormat } from "./read-table";
import { readingError } from "./reading-error";

/**
 * Rows of a CSV or TSV export in file order: the common ones as typed-array columns of
 * answers (`NaN` = skipped) with their lines and ids, every other one as the row, reject
 * or id check that `answerRows` would give for it.
 */
export class CsvBatch {
  /** Per item column (in header order), the answers of the column rows. */
  readonly columns: Float64Array[];
  readonly lines: Float64Array;
  readonly ids: (string | undefined)[];
  /** How many column rows it holds. */
  rows = 0;
  /** In file order: a column row's index (≥ 0), or -1 - the index into `others`. */
  readonly order: number[] = [];
  readonly others: (AnswerRow | IdCheck)[] = [];

  constructor(
    /** The reader of the other rows, which settles their id checks. */
    readonly reader: AnswerRowBuilder,
    items: number,
    readonly capacity: number,
  ) {
    this.columns = Array.from({ length: items }, () => new Float64Array(capacity));
    this.lines = new Float64Array(capacity);
    this.ids = new Array(capacity);
  }

  clear(): void {
    this.rows = 0;
    this.order.length = 0;
    this.others.length = 0;
  }
}

/** How `csvBatches` reads. */
export interface CsvBatchOptions {
  /** Column rows per batch (default 4096). */
  rows?: number | undefined;
  /** Bytes per read (default 64 KiB). */
  chunkBytes?: number | undefined;
}

/**
 * Reads a CSV or TSV export for `psyscreen score` a chunk of bytes at a time (one await
 * per chunk, not per row) and yields batches of rows. A row whose item cells are all
 * empty or a single digit, whose id (if any) is plain and new, with as many cells as
 * the header and no quotes goes straight into the typed columns; any other row goes
 * through `AnswerRowBuilder`, as `answerRows` would read it, so rejects, issues and
 * messages stay the same. A batch is reused once the next one is asked for.
 *
 * @returns batches of up to `rows` column rows, in file order
 * @throws CliError as `answerRows` does
 */
export async function* csvBatches(
  scale: ScaleDefinition,
  options: AnswerRowOptions,
  context: AnswerRowContext,
  batchOptions: CsvBatchOptions = {},
): AsyncGenerator<CsvBatch> {
  const { locale } = context;
  const file = options.input;
  const rows = new AnswerRowBuilder(scale, options, context);
  const capacity = batchOptions.rows ?? 4096;
  const splitter = new CsvSplitter(tableFormat(file) === "tsv" ? "\t" : ",");
  // the value of each digit as an answer: NaN when it is a `missing` value
  const digit = Array.from({ length: 10 }, (_, d) =>
    rows.missing.has(String(d)) ? Number.NaN : d,
  );
  const full: CsvBatch[] = [];
  const free: CsvBatch[] = [];
  let batch: CsvBatch | undefined;
  let width = 0;
  let cellOf: Int32Array = new Int32Array(0);
  let idCell = -1;
  let any = false;
  const sink: CsvSink = {
    record(line, fields, fault) {
      if (!any) {
        any = true;
        rows.setHeader(fields.map((f) => f.trim()));
        width = rows.header!.length;
        cellOf = Int32Array.from(rows.itemColumns.values(), (c) => c.number - 1);
        idCell = rows.idIndex;
        batch = new CsvBatch(rows, cellOf.length, capacity);
        return;
      }
      rows.rows++;
      const raw = () => formatCsvRow(fields).trimEnd();
      const row =
        fault === undefined
          ? rows.cells(line, fields, raw)
          : rows.reject(
              line,
              fault.column,
              say(locale, `reject-${fault.code}`, { last: fault.lastLine }),
              raw(),
            );
      batch!.order.push(-1 - batch!.others.length);
      batch!.others.push(row);
    },
    fast(text, start, ends, count, line) {
      if (count !== width || batch === undefined) return false;
      const b = batch;
      const r = b.rows;
      for (let k = 0; k < cellOf.length; k++) {
        const cell = cellOf[k]!;
        const from = cell === 0 ? start : ends[cell - 1]! + 1;
        const to = ends[cell]!;
        if (to === from) b.columns[k]![r] = Number.NaN;
        else if (to === from + 1) {
          const d = text.charCodeAt(from) - 48;
          if (d < 0 || d > 9) return false;
          b.columns[k]![r] = digit[d]!;
        } else return false;
      }
      let id: string | undefined;
      if (idCell >= 0) {
        const from = idCell === 0 ? start : ends[idCell - 1]! + 1;
        const to = ends[idCell]!;
        if (to === from) return false;
        const first = text.charCodeAt(from);
        const last = text.charCodeAt(to - 1);
        // ids with spaces (or other characters that `trim` may remove) at either end go
        // the general way
        if (first <= 32 || last <= 32) return false;
        id = text.slice(from, to);
        if ((first >= 127 || last >= 127) && id.trim() !== id) return false;
        if (!rows.ids.add(id)) return false;
      }
      rows.rows++;
      b.lines[r] = line;
      b.ids[r] = id;
      b.order.push(r);
      if (++b.rows === capacity) {
        full.push(b);
        batch = free.pop() ?? new CsvBatch(rows, cellOf.length, capacity);
      }
      return true;
    },
  };

  try {
    const bytes = readChunks(file, batchOptions.chunkBytes);
    for await (const text of decodeChunks(bytes, {
      ...context,
      file,
      encoding: options.encoding,
    })) {
      splitter.push(text, sink);
      while (full.length > 0) {
        const done = full.shift()!;
        yield done;
        done.clear();
        free.push(done);
      }
    }
    splitter.end(sink);
    if (!any) throw new CliError(say(locale, "file-empty", { file }));
    if (batch !== undefined && batch.order.length > 0) yield batch;
  } catch (error) {
    throw readingError(error, file, locale);
  }
  if (rows.rows === 0) throw new CliError(say(locale, "file-no-rows", { file }));
}
