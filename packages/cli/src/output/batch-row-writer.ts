import {
  type BatchResult,
  ENGINE_VERSION,
  formatCsvRow,
  type ScaleDefinition,
} from "@psyscreen/core";
import { resultFlagIds } from "../result-columns";

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
/** Room for a comma and a number written by `whole` or `String` (at most 24 characters). */
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
  private readonly scoreIds: string[];
  /** Per score, its band cells (with their comma), or undefined for a score without bands. */
  private readonly bandCells: (Uint8Array[] | undefined)[];
  private readonly flagIds: string[];
  /** The line's end after the flags cell: empty issues, scale id and version, engine version. */
  private readonly tail: string;
  /** The flags cell and the line's end, by combination of fired flags (`BITS`). */
  private readonly flagCells: (Uint8Array | undefined)[] = [];
  /** The most bytes a line takes besides its id. */
  private readonly most: number;
  private bound: BatchResult | undefined;
  private values: Float64Array[] = [];
  private bands: Int16Array[] = [];
  private fired: Uint8Array[] = [];
  private bytes = new Uint8Array(1 << 16);
  private length = 0;

  constructor(scale: ScaleDefinition) {
    this.scoreIds = scale.scores.map((s) => s.id);
    this.bandCells = scale.scores.map((s) =>
      s.bands?.length ? s.bands.map((b) => encoder.encode(`,${textCell(b.id)}`)) : undefined,
    );
    this.flagIds = resultFlagIds(scale);
    if (this.flagIds.length > BITS.length)
      throw new Error(`BatchRowWriter takes up to ${BITS.length} flags, ${scale.id} has more`);
    this.tail = formatCsvRow(["", scale.id, scale.version, ENGINE_VERSION], {
      neutralizeFormulas: true,
    });
    // the line number and each score a number, each band its longest cell, every flag fired
    const longest = (cells: Uint8Array[] | undefined) =>
      Math.max(1, ...(cells ?? []).map((c) => c.length));
    this.most =
      NUMBER_ROOM * (1 + this.scoreIds.length) +
      this.bandCells.reduce((sum, cells) => sum + longest(cells), 0) +
      encoder.encode(`,${textCell(this.flagIds.join(";"))},${this.tail}`).length;
  }

  /**
   * Appends the line of row `r` of `result`, read from `line` with id `id` (undefined: no
   * id column).
   */
  append(result: BatchResult, r: number, line: number, id: string | undefined): void {
    if (result !== this.bound) this.bind(result);
    // room for the whole line at once: an id takes at most 3 bytes a code unit, doubled
    // quotes, two quotes and a neutralizing apostrophe
    this.room(this.most + (id === undefined ? 0 : 6 * id.length + 4));
    const bytes = this.bytes;
    let at = whole(bytes, this.length, line);
    if (id !== undefined) {
      bytes[at++] = COMMA;
      at = utf8(bytes, at, plain(id) ? id : textCell(id));
    }
    const values = this.values;
    const bandCells = this.bandCells;
    for (let k = 0; k < values.length; k++) {
      const cells = bandCells[k];
      const v = values[k]![r]!;
      bytes[at++] = COMMA;
      if (Number.isNaN(v)) {
        if (cells !== undefined) bytes[at++] = COMMA;
        continue;
      }
      if (v >= 0 && v < 2 ** 31 && Number.isInteger(v)) at = whole(bytes, at, v);
      else at = utf8(bytes, at, String(v));
      if (cells !== undefined) {
        const cell = cells[this.bands[k]![r]!];
        if (cell === undefined) bytes[at++] = COMMA;
        else at = copy(bytes, at, cell);
      }
    }
    let mask = 0;
    const fired = this.fired;
    for (let f = 0; f < fired.length; f++) if (fired[f]![r] === 1) mask += BITS[f]!;
    let end = this.flagCells[mask];
    if (end === undefined) {
      const ids = this.flagIds.filter((_, f) => Math.floor(mask / 2 ** f) % 2 === 1);
      end = encoder.encode(`,${textCell(ids.join(";"))},${this.tail}`);
      this.flagCells[mask] = end;
    }
    this.length = copy(bytes, at, end);
  }

  /** Looks up the arrays of `result` once (a result is reused from batch to batch). */
  private bind(result: BatchResult): void {
    this.bound = result;
    this.values = this.scoreIds.map((id) => result.scores[id]!.value);
    this.bands = this.scoreIds.map((id) => result.scores[id]!.band);
    // a flag the result lacks never fires
    this.fired = this.flagIds.map((id) => result.flags[id] ?? new Uint8Array(result.rows));
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
}

/** Writes a whole number from 0 to 2⁵³ as decimal digits at `at`; returns the end. */
function whole(bytes: Uint8Array, at: number, n: number): number {
  if (n >= 2 ** 31) return utf8(bytes, at, String(n));
  // 32-bit integer arithmetic: a division by 10 is a multiplication
  let end = at + 1;
  for (let rest = (n / 10) | 0; rest > 0; rest = (rest / 10) | 0) end++;
  let rest = n | 0;
  for (let i = end; i > at; ) {
    const next = (rest / 10) | 0;
    bytes[--i] = 48 + rest - next * 10;
    rest = next;
  }
  return end;
}

/** Copies `cell` to `at`; returns the end. */
function copy(bytes: Uint8Array, at: number, cell: Uint8Array): number {
  const n = cell.length;
  // a loop copies a short cell faster than `set`, which pays a call's overhead
  if (n > 32) bytes.set(cell, at);
  else for (let i = 0; i < n; i++) bytes[at + i] = cell[i]!;
  return at + n;
}

/** Writes `text` as UTF-8 at `at` (room for 3 bytes a code unit is made); returns the end. */
function utf8(bytes: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return at + encoder.encodeInto(text.slice(i), bytes.subarray(at)).written;
    bytes[at++] = c;
  }
  return at;
}
