import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UintSet } from "./uint-set";

/** Adds every number, checking each answer against a `Set`. */
function addAll(set: UintSet, numbers: number[]): void {
  const seen = new Set<number>();
  for (const n of numbers) {
    expect(set.add(n), String(n)).toBe(!seen.has(n));
    seen.add(n);
  }
}

describe("UintSet", () => {
  it("says a number is new exactly the first time, in runs and scattered, across the move to hashing (property)", () => {
    const run = fc
      .tuple(fc.integer({ min: 1, max: 2 ** 32 - 5000 }), fc.integer({ min: 1, max: 3000 }))
      .map(([start, length]) => Array.from({ length }, (_, i) => start + i));
    const scattered = fc.array(fc.integer({ min: 1, max: 2 ** 32 - 1 }), { maxLength: 300 });
    fc.assert(
      fc.property(
        fc.array(fc.oneof(run, scattered), { maxLength: 12 }),
        fc.boolean(),
        (parts, again) => {
          const numbers = parts.flat();
          const set = new UintSet();
          addAll(set, again ? [...numbers, ...numbers.slice().reverse()] : numbers);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("keeps the edges of pages and of the range apart", () => {
    const set = new UintSet();
    const edges = [1, 31, 32, 33, 65535, 65536, 65537, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1];
    for (const n of edges) expect(set.add(n), String(n)).toBe(true);
    for (const n of edges) expect(set.add(n), String(n)).toBe(false);
  });

  it("keeps a million numbered ids in pages, then as many scattered ones hashed, exactly", () => {
    const set = new UintSet();
    let wrong = 0;
    for (let n = 1; n <= 1_000_000; n++) if (!set.add(n)) wrong++;
    expect(set.hashed).toBe(false);
    expect(set.add(500_000)).toBe(false);
    // scattered numbers past the pages' budget move everything into the hash tables
    let x = 12345;
    const scattered = new Set<number>();
    for (let i = 0; i < 200_000; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      const n = 1_000_001 + (x % 4_000_000_000);
      if (set.add(n) === scattered.has(n)) wrong++;
      scattered.add(n);
    }
    expect(set.hashed).toBe(true);
    for (let n = 1; n <= 1_000_000; n++) if (set.add(n)) wrong++;
    for (const n of scattered) if (set.add(n)) wrong++;
    expect(wrong).toBe(0);
  });
});
