import { GROWTH, MAX_LOAD, mix, SHARDS, UintSet } from "./uint-set";

/** Prefixes of numbered ids kept exactly (each has its own set). */
const MAX_PREFIXES = 64;
const MAX_PREFIX_LENGTH = 16;

/**
 * The respondent ids seen so far. An id that ends in 1 to 9 digits after a short prefix
 * (`20260123`, `S0012`, `G7-31`) — school ids usually do — is kept exactly, as the
 * digits' value in a `UintSet` (4 bytes a slot) per prefix and digit count; every other
 * id as hashes: 6 bytes a slot, about 7–9 bytes per id
 * whatever its length (a `Map` of ten million id strings takes over a gigabyte). Two
 * 32-bit MurmurHash3 streams over the id: 6 bits of one pick one of 64 shards, 16 more
 * are kept beside the other, whole, which places the entry in the shard's
 * open-addressing table (linear probing, typed arrays). Shards grow one at a time, by
 * 20%, so growing never doubles the memory.
 *
 * A hash table cannot tell two ids with the same hashes apart, so it never decides alone
 * that an id was seen before: `add` says "maybe", and the caller compares the ids
 * themselves (`psyscreen score` reads the input again up to the row, see
 * `AnswerRowBuilder.settle`). With 54 bits of hash, ten million distinct ids share them
 * with a probability of about n² / 2⁵⁵ ≈ 0.3%, so in practice the input is read again
 * only for true duplicates.
 */
export class IdSet {
  private readonly tables: Uint32Array[] = [];
  /** 16 more bits of hash per slot. */
  private readonly extras: Uint16Array[] = [];
  private readonly sizes = new Int32Array(SHARDS);
  /** Exact sets of numbered ids, by digit count and prefix (`"7:S"`). */
  private readonly numbered = new Map<string, UintSet>();
  private lastPrefix = "";
  private lastDigits = -1;
  private last: UintSet | undefined;

  constructor() {
    for (let s = 0; s < SHARDS; s++) {
      this.tables.push(new Uint32Array(1024));
      this.extras.push(new Uint16Array(1024));
    }
  }

  /**
   * Records `id`.
   *
   * @returns true for an id never seen; false when an id with the same hashes was seen
   *   (the same id, or in rare cases another)
   */
  add(id: string): boolean {
    const numbered = this.addNumbered(id);
    if (numbered !== undefined) return numbered;
    // two MurmurHash3 (32-bit) streams over the UTF-16 code units, with different seeds
    let a = 0x9747b28c;
    let b = 0x2f6a1c3d;
    for (let i = 0; i < id.length; i++) {
      let k = Math.imul(id.charCodeAt(i), 0xcc9e2d51);
      k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
      a ^= k;
      a = (Math.imul((a << 13) | (a >>> 19), 5) + 0xe6546b64) | 0;
      b ^= k;
      b = (Math.imul((b << 13) | (b >>> 19), 5) + 0x85ebca6b) | 0;
    }
    a = mix(a ^ id.length);
    b = mix(b ^ id.length);
    // 0 marks an empty slot
    const hash = b >>> 0 || 1;
    const extra = a & 0xffff;
    const s = a >>> 26;
    let table = this.tables[s]!;
    const capacity = table.length;
    let at = Math.floor((hash * capacity) / 4294967296);
    for (;;) {
      const h = table[at]!;
      if (h === 0) break;
      if (h === hash && this.extras[s]![at] === extra) return false;
      if (++at === capacity) at = 0;
    }
    if (this.sizes[s]! + 1 > capacity * MAX_LOAD) {
      table = this.grow(s);
      at = this.slot(table, hash);
    }
    table[at] = hash;
    this.extras[s]![at] = extra;
    this.sizes[s]!++;
    return true;
  }

  /**
   * Records an id that is a short prefix and 1 to 9 final digits (`20260123`, `S0012`)
   * exactly: the digits' value in the set of its prefix and digit count (so `S012` and
   * `S12` stay apart). Whether an id goes here depends on the id alone, except that no
   * new prefix is taken once there are `MAX_PREFIXES`: an id whose prefix came too late
   * is always hashed, so each id always lands in the same place.
   *
   * @returns as `add`, or undefined for an id that is not kept this way
   */
  private addNumbered(id: string): boolean | undefined {
    const length = id.length;
    let start = length;
    while (start > 0 && length - start < 9) {
      const c = id.charCodeAt(start - 1);
      if (c < 48 || c > 57) break;
      start--;
    }
    const digits = length - start;
    if (digits === 0 || start > MAX_PREFIX_LENGTH) return undefined;
    let set = this.last;
    if (
      set === undefined ||
      digits !== this.lastDigits ||
      start !== this.lastPrefix.length ||
      !id.startsWith(this.lastPrefix)
    ) {
      const prefix = id.slice(0, start);
      const key = `${digits}:${prefix}`;
      set = this.numbered.get(key);
      if (set === undefined) {
        if (this.numbered.size >= MAX_PREFIXES) return undefined;
        set = new UintSet();
        this.numbered.set(key, set);
      }
      this.last = set;
      this.lastPrefix = prefix;
      this.lastDigits = digits;
    }
    let n = 0;
    for (let i = start; i < length; i++) n = n * 10 + (id.charCodeAt(i) - 48);
    // UintSet keeps 1 to 2³² − 1; nine digits are at most 999,999,999
    return set.add(n + 1);
  }

  /** The empty slot where `hash` goes in `table`. */
  private slot(table: Uint32Array, hash: number): number {
    const capacity = table.length;
    let at = Math.floor((hash * capacity) / 4294967296);
    while (table[at] !== 0) if (++at === capacity) at = 0;
    return at;
  }

  private grow(s: number): Uint32Array {
    const old = this.tables[s]!;
    const oldExtras = this.extras[s]!;
    const capacity = Math.ceil(old.length * GROWTH);
    const table = new Uint32Array(capacity);
    const extras = new Uint16Array(capacity);
    for (let i = 0; i < old.length; i++) {
      const hash = old[i]!;
      if (hash === 0) continue;
      const at = this.slot(table, hash);
      table[at] = hash;
      extras[at] = oldExtras[i]!;
    }
    this.tables[s] = table;
    this.extras[s] = extras;
    return table;
  }
}
