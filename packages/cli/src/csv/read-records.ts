const QUOTE = 34;
const LF = 10;
const CR = 13;

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
 * double quotes may hold the delimiter, newlines and doubled quotes. Holds one record
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
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let recordLine = 1;
  let pendingCr = false;
  let any = false;
  let fault: CsvFault["code"] | undefined;
  let faultColumn = 0;
  const delimiterCode = delimiter.charCodeAt(0);
  for await (const chunk of chunks) {
    const length = chunk.length;
    for (let i = 0; i < length; i++) {
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
          // a run of quoted text up to the next quote, taken at once
          let j = i;
          for (; j < length; j++) {
            const k = chunk.charCodeAt(j);
            if (k === QUOTE) break;
            if (k === LF) line++;
          }
          field += chunk.slice(i, j);
          i = j - 1;
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
      if (afterQuote && c !== delimiter && c !== "\n" && c !== "\r" && fault === undefined) {
        fault = "text-after-quote";
        faultColumn = fields.length + 1;
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
        if (any || fields.length > 1 || fields[0] !== "") {
          yield fault === undefined
            ? { line: recordLine, fields }
            : {
                line: recordLine,
                fields,
                malformed: { code: fault, column: faultColumn, lastLine: line },
              };
        }
        fields = [];
        field = "";
        any = false;
        fault = undefined;
        line++;
        recordLine = line;
      } else {
        // a run of plain text up to the next delimiter, line break or quote, taken at once
        let j = i + 1;
        for (; j < length; j++) {
          const k = chunk.charCodeAt(j);
          if (k === delimiterCode || k === LF || k === CR || k === QUOTE) break;
        }
        field += chunk.slice(i, j);
        any = true;
        i = j - 1;
      }
    }
  }
  if (any || field !== "" || fields.length > 0) {
    if (quoted) {
      fault = "unclosed-quote";
      faultColumn = fields.length + 1;
    }
    fields.push(field);
    yield fault === undefined
      ? { line: recordLine, fields }
      : {
          line: recordLine,
          fields,
          malformed: {
            code: fault,
            column: faultColumn,
            lastLine: line - (field.endsWith("\n") ? 1 : 0),
          },
        };
  }
}
