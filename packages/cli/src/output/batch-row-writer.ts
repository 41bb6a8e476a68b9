import {
  type BatchResult,
  ENGINE_FLAGS,
  ENGINE_VERSION,
  formatCsvRow,
  type ScaleDefinition,
} from "@psyscreen/core";

/** One text cell as `formatCsvRow` writes it with `neutralizeFormulas`, without the newline. */
function textCell(text: string): string {
  return formatCsvRow([text], { neutralizeFormulas: true }).slice(0, -1);
}

/** Whether `formatCsvRow` would write a text cell as it is. */
function plain(text: string): boolean {
  const first = text.charCodeAt(0);
  // = + - @ (a formula to neutralize), tab, CR; then what needs quotes
  if (first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13)
    return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 34 || c === 10 || c === 13 || c === 9) return false;
  }
  return true;
}

const encoder = new TextEncoder();
const COMMA = 44;
/** Room for a comma and a number written by `whole` or `String`. */
const NUMBER_ROOM = 32;
/** 2 ** f for each flag f: a combination of fired flags as a number (exact up to 53 flags). */
const BITS = Array.from({ length: 53 }, (_, f) => 2 ** f);

/**
 * Writes the CSV lines of `psyscreen score` for rows scored by `scoreBatch` without
 * invalid answers, byte for byte as `formatCsvRow(resultValues(…))` writes the same rows
 * scored one by one (UTF-8), straight into a byte buffer: no string or value array per
 * row. Band and flag cells are encoded once per scale (the flag cells once per
 * combination of fired flags); whole numbers are written digit by digit.
 */
export class BatchRowWriter {
  private readonly scores: { id: string; bands: Uint8Array[] | undefined }[];
  private readonly flagIds: string[];
  /** The line's end after the flags cell: empty issues, scale id and version, engine version. */
  private readonly tail: string;
  private readonly flagCells = new Map<number, Uint8Array>();
  private bound: BatchResult | undefined;
  private values: Float64Array[] = [];
  private bands: Int16Array[] = [];
  private fired: Uint8Array[] = [];
  private bytes = new Uint8Array(1 << 16);
  private length = 0;

  constructor(scale: ScaleDefinition) {
    this.scores = scale.scores.map((s) => ({
      id: s.id,
      bands: s.bands?.length ? s.bands.map((b) => encoder.encode(`,${textCell(b.id)}`)) : undefined,
    }));
    this.flagIds = [
      ...scale.flags.map((f) => f.id),
      ENGINE_FLAGS.incomplete,
      ENGINE_FLAGS.criticalItemUnanswered,
    ];
    if (this.flagIds.length > BITS.length)
      throw new Error(`BatchRowWriter takes up to ${BITS.length} flags, ${scale.id} has more`);
    this.tail = formatCsvRow(["", scale.id, scale.version, ENGINE_VERSION], {
      neutralizeFormulas: true,
    });
  }

  /**
   * Appends the line of row `r` of `result`, read from `line` with id `id` (undefined: no
   * id column).
   */
  append(result: BatchResult, r: number, line: number, id: string | undefined): void {
    if (result !== this.bound) this.bind(result);
    this.room(NUMBER_ROOM);
    this.whole(line);
    if (id !== undefined) {
      this.bytes[this.length++] = COMMA;
      this.text(plain(id) ? id : textCell(id));
    }
    const scores = this.scores;
    for (let k = 0; k < scores.length; k++) {
      const bands = scores[k]!.bands;
      const v = this.values[k]![r]!;
      this.room(NUMBER_ROOM);
      this.bytes[this.length++] = COMMA;
      if (Number.isNaN(v)) {
        if (bands !== undefined) this.bytes[this.length++] = COMMA;
        continue;
      }
      if (v >= 0 && v < 2 ** 31 && Number.isInteger(v)) this.whole(v);
      else this.ascii(String(v));
      if (bands !== undefined) {
        const band = bands[this.bands[k]![r]!];
        if (band === undefined) this.bytes[this.length++] = COMMA;
        else this.put(band);
      }
    }
    let mask = 0;
    const fired = this.fired;
    for (let f = 0; f < fired.length; f++) if (fired[f]![r] === 1) mask += BITS[f]!;
    let end = this.flagCells.get(mask);
    if (end === undefined) {
      const ids = this.flagIds.filter((_, f) => Math.floor(mask / 2 ** f) % 2 === 1);
      end = encoder.encode(`,${textCell(ids.join(";"))},${this.tail}`);
      this.flagCells.set(mask, end);
    }
    this.put(end);
  }

  /** Looks up the arrays of `result` once (a result is reused from batch to batch). */
  private bind(result: BatchResult): void {
    this.bound = result;
    this.values = this.scores.map((s) => result.scores[s.id]!.value);
    this.bands = this.scores.map((s) => result.scores[s.id]!.band);
    // a flag the result lacks never fires
    this.fired = this.flagIds.map((id) => result.flags[id] ?? new Uint8Array(result.rows));
  }

  /** A whole number from 0 to 2⁵³ as decimal digits, with room made by the caller. */
  private whole(n: number): void {
    const bytes = this.bytes;
    let end = this.length;
    let rest = n;
    do {
      rest = Math.floor(rest / 10);
      end++;
    } while (rest > 0);
    this.length = end;
    rest = n;
    do {
      const next = Math.floor(rest / 10);
      bytes[--end] = 48 + rest - next * 10;
      rest = next;
    } while (rest > 0);
  }

  /** The lines appended since the last call, as UTF-8; valid until the next `append`. */
  take(): Uint8Array {
    const lines = this.bytes.subarray(0, this.length);
    this.length = 0;
    return lines;
  }

  /** Makes room for `n` more bytes. */
  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  private put(bytes: Uint8Array): void {
    const n = bytes.length;
    this.room(n);
    // a loop copies a short cell faster than \`set\`, which pays a call's overhead
    if (n > 32) this.bytes.set(bytes, this.length);
    else {
      const to = this.bytes;
      const at = this.length;
      for (let i = 0; i < n; i++) to[at + i] = bytes[i]!;
    }
    this.length += n;
  }

  /** Text known to be ASCII (a number's digits), with room made by the caller. */
  private ascii(text: string): void {
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < text.length; i++) bytes[at++] = text.charCodeAt(i);
    this.length = at;
  }

  /** Any text, as UTF-8. */
  private text(text: string): void {
    this.room(text.length * 3);
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) {
        this.length = at;
        at += encoder.encodeInto(text.slice(i), bytes.subarray(at)).written;
        break;
      }
      bytes[at++] = c;
    }
    this.length = at;
  }
}
