import { CsvSplitter } from "./csv-splitter";

/** One CSV record with the line it starts on (1-based, the header is line 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** Set when the record breaks the quoting rules; the fields are a best effort then. */
  malformed?: CsvFault;
}

/** How a record breaks the quoting rules, and in which field (1-based). */
export interface CsvFault {
  code: "text-after-quote" | "unclosed-quote";
  column: number;
  /** The last line the record reaches (an unclosed quote runs to the end of the file). */
  lastLine: number;
}

/**
 * Splits CSV or TSV text arriving in chunks into records, RFC 4180 style: fields in
 * double quotes may hold the delimiter, newlines and doubled quotes. Holds one chunk of records
 * in memory at a time, so a file of any size streams in constant memory. A record that
 * breaks the quoting rules (text after a closing quote, a quote never closed) still
 * comes back, marked `malformed` with the field where it went wrong, so the caller can
 * reject it by line and column instead of dropping it.
 *
 * @param chunks - text chunks, e.g. a file stream with `setEncoding("utf8")`
 * @param delimiter - `,` for CSV, `\t` for TSV
 * @returns the records, in order
 * @example
 * for await (const r of readRecords(["a,b\n1,\"x,y\"\n"], ",")) r.fields
 * // => ["a", "b"], then ["1", "x,y"]
 */
export async function* readRecords(
  chunks: AsyncIterable<string> | Iterable<string>,
  delimiter: string,
): AsyncGenerator<CsvRecord> {
  const splitter = new CsvSplitter(delimiter);
  const records: CsvRecord[] = [];
  const sink = {
    record(line: number, fields: string[], malformed?: CsvFault) {
      records.push(malformed === undefined ? { line, fields } : { line, fields, malformed });
    },
  };
  for await (const chunk of chunks) {
    splitter.push(chunk, sink);
    yield* records.splice(0);
  }
  splitter.end(sink);
  yield* records;
}
