const SHARDS = 64;
const MAX_LOAD = 0.8;
const GROWTH = 1.25;

/**
 * The respondent ids seen so far, as hashes: about 5 bytes per id whatever its length
 * (a `Map` of ten million id strings takes over a gigabyte). One 32-bit hash of the id
 * picks one of 64 shards by its top 6 bits; a second 32-bit hash is stored in that
 * shard's open-addressing table (linear probing, in a `Uint32Array`) and places itself.
 * Shards grow one at a time, by 25%, so growing never doubles the memory.
 *
 * A hash table cannot tell two ids with the same hashes apart, so it never decides alone
 * that an id was seen before: `add` says "maybe", and the caller compares the ids
 * themselves (`psyscreen score` reads the input again up to the row, see
 * `AnswerRowBuilder.settle`). Two different ids share their 38 bits of hash with a
 * probability of about 2⁻³⁸ × the ids in a shard's probe run, so in practice the input is
 * read again only for true duplicates.
 */
export class IdSet {
  private readonly tables: Uint32Array[] = [];
  private readonly sizes = new Int32Array(SHARDS);

  constructor() {
    for (let s = 0; s < SHARDS; s++) this.tables.push(new Uint32Array(1024));
  }

  /** How many distinct hashes it holds. */
  get size(): number {
    return this.sizes.reduce((a, b) => a + b, 0);
  }

  /**
   * Records `id`.
   *
   * @returns true for an id never seen; false when an id with the same hashes was seen
   *   (the same id, or in rare cases another)
   */
  add(id: string): boolean {
    let a = 0x811c9dc5;
    let b = 0x9e3779b9 ^ id.length;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    a ^= a >>> 16;
    a = Math.imul(a, 0x85ebca6b);
    a ^= a >>> 13;
    b ^= b >>> 16;
    b = Math.imul(b, 0xc2b2ae35);
    b ^= b >>> 16;
    // 0 marks an empty slot
    const hash = b >>> 0 || 1;
    const s = a >>> 26;
    let table = this.tables[s]!;
    const capacity = table.length;
    let at = Math.floor((hash * capacity) / 4294967296);
    for (;;) {
      const h = table[at]!;
      if (h === 0) break;
      if (h === hash) return false;
      if (++at === capacity) at = 0;
    }
    if (this.sizes[s]! + 1 > capacity * MAX_LOAD) {
      table = this.grow(s);
      at = this.slot(table, hash);
    }
    table[at] = hash;
    this.sizes[s]!++;
    return true;
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
    const table = new Uint32Array(Math.ceil(old.length * GROWTH));
    for (let i = 0; i < old.length; i++) {
      const hash = old[i]!;
      if (hash !== 0) table[this.slot(table, hash)] = hash;
    }
    this.tables[s] = table;
    return table;
  }
}
