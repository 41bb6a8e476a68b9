/** One CSV record with the line it starts on (1-based, the header is line 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Splits CSV or TSV text arriving in chunks into records, RFC 4180 style: fields in
 * double quotes may hold the delimiter, newlines and doubled quotes. Holds one record
 * in memory at a time, so a file of any size streams in constant memory.
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
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let recordLine = 1;
  let pendingCr = false;
  let any = false;
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (pendingCr) {
        pendingCr = false;
        if (c === "\n") continue;
      }
      if (quoted) {
        if (c === '"') {
          if (chunk[i + 1] === '"') {
            field += '"';
            i++;
          } else {
            // the closing quote, unless the next chunk starts with a second quote
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c === "\n") line++;
          field += c;
        }
        continue;
      }
      if (afterQuote && c === '"') {
        // the doubled quote was split across chunks
        field += '"';
        quoted = true;
        afterQuote = false;
        continue;
      }
      afterQuote = false;
      if (c === '"' && field === "") {
        quoted = true;
        any = true;
      } else if (c === delimiter) {
        fields.push(field);
        field = "";
        any = true;
      } else if (c === "\n" || c === "\r") {
        if (c === "\r") pendingCr = true;
        fields.push(field);
        if (any || fields.length > 1 || fields[0] !== "") yield { line: recordLine, fields };
        fields = [];
        field = "";
        any = false;
        line++;
        recordLine = line;
      } else {
        field += c;
        any = true;
      }
    }
  }
  if (any || field !== "" || fields.length > 0) {
    fields.push(field);
    yield { line: recordLine, fields };
  }
}
