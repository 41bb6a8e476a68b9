import type { CsvFault } from "./read-records";

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Where a `CsvSplitter` hands its records. */
export interface CsvSink {
  /** A record as fields (the general path), malformed when `fault` is set. */
  record(line: number, fields: string[], fault?: CsvFault): void;
  /**
   * Offered first each record without quotes that ends inside the chunk: its cells are
   * `text` from `start` to `ends[0]`, then from `ends[k - 1] + 1` to `ends[k]`, for
   * `count` cells. Returns false to have it passed to `record` as fields instead.
   */
  fast?: (text: string, start: number, ends: Int32Array, count: number, line: number) => boolean;
}

/**
 * Splits CSV or TSV text into records, RFC 4180 style, a chunk at a time and
 * synchronously: the state between chunks (a field cut in two, an open quote, a CR whose
 * LF comes next) is kept, so records may span chunks and the result does not depend on
 * where the text was cut. A record that breaks the quoting rules still comes out,
 * marked with its fault. A sink with `fast` sees each simple record as cell offsets into
 * the chunk, without a string per cell; everything else goes through the general path,
 * character by character, exactly as before.
 */
export class CsvSplitter {
  private fields: string[] = [];
  private field = "";
  private quoted = false;
  private afterQuote = false;
  private line = 1;
  private recordLine = 1;
  private pendingCr = false;
  private any = false;
  private fault: CsvFault["code"] | undefined;
  private faultColumn = 0;
  private ends = new Int32Array(64);
  private readonly delimiter: number;

  constructor(delimiter: string) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Splits one more chunk of text, handing each complete record to `sink`. */
  push(chunk: string, sink: CsvSink): void {
    const length = chunk.length;
    const delimiter = this.delimiter;
    const fast = sink.fast;
    for (let i = 0; i < length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === LF) continue;
      }
      if (fast !== undefined && !this.any && this.field === "" && this.fields.length === 0) {
        // at a record's start (`any` is set by a quote, a delimiter or text): scan for
        // its end; a quote, or the chunk's end, sends it the general way from its start
        let ends = this.ends;
        let count = 0;
        let end = -1;
        for (let j = i; j < length; j++) {
          const k = chunk.charCodeAt(j);
          if (k === delimiter || k === LF || k === CR) {
            if (count === ends.length) {
              const grown = new Int32Array(ends.length * 2);
              grown.set(ends);
              ends = this.ends = grown;
            }
            ends[count++] = j;
            if (k !== delimiter) {
              end = j;
              break;
            }
          } else if (k === QUOTE) break;
        }
        if (end >= 0) {
          // one empty field is an empty line: no record
          if (count > 1 || end > i) {
            const line = this.recordLine;
            if (!fast(chunk, i, ends, count, line)) {
              const fields: string[] = [];
              for (let f = 0, from = i; f < count; from = ends[f++]! + 1)
                fields.push(chunk.slice(from, ends[f]));
              sink.record(line, fields);
            }
          }
          this.line++;
          this.recordLine = this.line;
          i = end;
          if (chunk.charCodeAt(end) === CR) {
            if (end + 1 === length) this.pendingCr = true;
            else if (chunk.charCodeAt(end + 1) === LF) i++;
          }
          continue;
        }
      }
      i = this.general(chunk, i, c, sink);
    }
  }

  /** The general path for the character at `i`; returns the last index it consumed. */
  private general(chunk: string, i: number, c: number, sink: CsvSink): number {
    const length = chunk.length;
    const delimiter = this.delimiter;
    if (this.quoted) {
      if (c === QUOTE) {
        if (chunk.charCodeAt(i + 1) === QUOTE) {
          this.field += '"';
          return i + 1;
        }
        // the closing quote, unless the next chunk starts with a second quote
        this.quoted = false;
        this.afterQuote = true;
        return i;
      }
      // a run of quoted text up to the next quote, taken at once
      let j = i;
      for (; j < length; j++) {
        const k = chunk.charCodeAt(j);
        if (k === QUOTE) break;
        if (k === LF) this.line++;
      }
      this.field += chunk.slice(i, j);
      return j - 1;
    }
    if (this.afterQuote && c === QUOTE) {
      // the doubled quote was split across chunks
      this.field += '"';
      this.quoted = true;
      this.afterQuote = false;
      return i;
    }
    if (this.afterQuote && c !== delimiter && c !== LF && c !== CR && this.fault === undefined) {
      this.fault = "text-after-quote";
      this.faultColumn = this.fields.length + 1;
    }
    this.afterQuote = false;
    if (c === QUOTE && this.field === "") {
      this.quoted = true;
      this.any = true;
    } else if (c === delimiter) {
      this.fields.push(this.field);
      this.field = "";
      this.any = true;
    } else if (c === LF || c === CR) {
      if (c === CR) this.pendingCr = true;
      const fields = this.fields;
      fields.push(this.field);
      if (this.any || fields.length > 1 || fields[0] !== "") {
        if (this.fault === undefined) sink.record(this.recordLine, fields);
        else
          sink.record(this.recordLine, fields, {
            code: this.fault,
            column: this.faultColumn,
            lastLine: this.line,
          });
      }
      this.fields = [];
      this.field = "";
      this.any = false;
      this.fault = undefined;
      this.line++;
      this.recordLine = this.line;
    } else {
      // a run of plain text up to the next delimiter, line break or quote, taken at once
      let j = i + 1;
      for (; j < length; j++) {
        const k = chunk.charCodeAt(j);
        if (k === delimiter || k === LF || k === CR || k === QUOTE) break;
      }
      this.field += chunk.slice(i, j);
      this.any = true;
      return j - 1;
    }
    return i;
  }

  /** Hands the last record, when the text does not end with a line break. */
  end(sink: CsvSink): void {
    const field = this.field;
    if (!(this.any || field !== "" || this.fields.length > 0)) return;
    if (this.quoted) {
      this.fault = "unclosed-quote";
      this.faultColumn = this.fields.length + 1;
    }
    const fields = this.fields;
    fields.push(field);
    this.fields = [];
    this.field = "";
    this.any = false;
    if (this.fault === undefined) sink.record(this.recordLine, fields);
    else
      sink.record(this.recordLine, fields, {
        code: this.fault,
        column: this.faultColumn,
        lastLine: this.line - (field.endsWith("\n") ? 1 : 0),
      });
  }
}
