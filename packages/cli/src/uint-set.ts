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

/** Numbers per bitmap page (2¹⁶: a page is 8 KiB). */
const PAGE_BITS = 16;
/** Bitmap pages a set may hold beyond what its ids would take hashed, before it turns to hashing. */
const FREE_PAGES = 8;
/** Bytes per number hashed, roughly (4-byte slots at most 85% full, grown by 20%). */
const HASHED_BYTES = 6;

/**
 * A set of whole numbers from 1 to 2³² − 1, exactly. `IdSet` keeps numeric ids here —
 * school ids are usually numbers, and usually numbered in runs — instead of their
 * hashes, which makes them both exact and smaller. It starts as a bitmap in 8 KiB pages
 * of 65,536 numbers each, made as they are first touched: ids numbered in runs take about
 * a bit each and cost one page lookup (the last page is remembered) and one bit test.
 * When the pages would take more memory than the same numbers hashed (ids scattered over
 * a wide range), it moves them, once, into 64 shards of open-addressing tables (linear
 * probing in `Uint32Array`s, 4 bytes a slot) that grow one at a time by 20%.
 */
export class UintSet {
  private pages: Map<number, Int32Array> | undefined = new Map();
  private lastPage = -1;
  private last: Int32Array | undefined;
  private count = 0;
  private readonly tables: Uint32Array[] = [];
  private readonly sizes = new Int32Array(SHARDS);

  /** Whether the numbers have moved into the hash tables. */
  get hashed(): boolean {
    return this.pages === undefined;
  }

  /**
   * Adds `n` (1 ≤ n < 2³², whole).
   *
   * @returns true when it was not in the set
   */
  add(n: number): boolean {
    if (this.pages !== undefined) {
      const p = Math.floor(n / 65536);
      let page = this.last;
      if (p !== this.lastPage) {
        page = this.pages.get(p);
        if (page === undefined) {
          if ((this.pages.size + 1 - FREE_PAGES) * 8192 > this.count * HASHED_BYTES) {
            this.toHashes();
            return this.addHashed(n);
          }
          page = new Int32Array(1 << (PAGE_BITS - 5));
          this.pages.set(p, page);
        }
        this.lastPage = p;
        this.last = page;
      }
      const word = (n & 0xffff) >>> 5;
      const bit = 1 << (n & 31);
      const w = page![word]!;
      if ((w & bit) !== 0) return false;
      page![word] = w | bit;
      this.count++;
      return true;
    }
    return this.addHashed(n);
  }

  /** Moves the numbers of the bitmap pages into the hash tables, for good. */
  private toHashes(): void {
    const pages = this.pages!;
    this.pages = undefined;
    this.last = undefined;
    for (let s = 0; s < SHARDS; s++) this.tables.push(new Uint32Array(256));
    for (const [p, page] of pages) {
      for (let word = 0; word < page.length; word++) {
        const w = page[word]!;
        if (w === 0) continue;
        for (let b = 0; b < 32; b++)
          if ((w & (1 << b)) !== 0) this.addHashed(p * 65536 + word * 32 + b);
      }
    }
  }

  private addHashed(n: number): boolean {
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
