/** Shards per table set (a hash's top 6 bits pick one). */
export const SHARDS = 64;
/** The fill at which a shard grows. */
export const MAX_LOAD = 0.85;
/** How much a shard grows at a time. */
export const GROWTH = 1.2;

/** MurmurHash3's finalizer: every input bit reaches every output bit (unsigned result). */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A set of whole numbers from 1 to 2³² − 1, exactly, in 4 bytes a slot: 64 shards of
 * open-addressing tables (linear probing in `Uint32Array`s) that grow one at a time by
 * 20%. `IdSet` keeps numeric ids here — school ids are usually numbers — instead of
 * their hashes, which makes them both exact and a third smaller.
 */
export class UintSet {
  private readonly tables: Uint32Array[] = [];
  private readonly sizes = new Int32Array(SHARDS);

  constructor() {
    for (let s = 0; s < SHARDS; s++) this.tables.push(new Uint32Array(256));
  }

  /**
   * Adds `n` (1 ≤ n < 2³², whole).
   *
   * @returns true when it was not in the set
   */
  add(n: number): boolean {
    const h = mix(n);
    const s = h >>> 26;
    let table = this.tables[s]!;
    let at = this.home(table, h);
    for (;;) {
      const v = table[at]!;
      if (v === 0) break;
      if (v === n) return false;
      if (++at === table.length) at = 0;
    }
    if (this.sizes[s]! + 1 > table.length * MAX_LOAD) {
      table = this.grow(s);
      at = this.slot(table, n);
    }
    table[at] = n;
    this.sizes[s]!++;
    return true;
  }

  private home(table: Uint32Array, h: number): number {
    return Math.floor(((h & 0x3ffffff) * table.length) / 0x4000000);
  }

  private slot(table: Uint32Array, n: number): number {
    let at = this.home(table, mix(n));
    while (table[at] !== 0) if (++at === table.length) at = 0;
    return at;
  }

  private grow(s: number): Uint32Array {
    const old = this.tables[s]!;
    const table = new Uint32Array(Math.ceil(old.length * GROWTH));
    for (let i = 0; i < old.length; i++)
      if (old[i] !== 0) table[this.slot(table, old[i]!)] = old[i]!;
    this.tables[s] = table;
    return table;
  }
}
