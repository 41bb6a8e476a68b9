import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdSet } from "./id-set";

describe("IdSet", () => {
  it("says an id is new exactly the first time, across growth, for numeric and other ids (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 2000 }).map(String),
            fc.integer({ min: 0, max: 999_999_999 }).map(String),
            fc.constantFrom("0", "007", "1234567890", "4294967296", "-1", "1.5", " 1", "学生"),
            // prefixed numbers: leading zeros, many prefixes (past the exact sets' limit)
            fc
              .tuple(
                fc.constantFrom("S", "s", "G7-", "", "2026", "学号"),
                fc.integer({ min: 0, max: 99 }),
                fc.stringMatching(/^[0-9]{1,11}$/),
              )
              .map(([p, k, d]) => `${k % 3 === 0 ? `${p}${k}x` : p}${d}`),
            fc.string({ maxLength: 6 }),
          ),
          { maxLength: 3000 },
        ),
        (ids) => {
          const set = new IdSet();
          const seen = new Set<string>();
          for (const id of ids) {
            expect(set.add(id)).toBe(!seen.has(id));
            seen.add(id);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("keeps ids that differ only in leading zeros, prefix or length apart", () => {
    const set = new IdSet();
    const ids = ["S12", "S012", "S0012", "T12", "12", "012", "S123456789", "S1234567890"];
    for (const id of ids) expect(set.add(id), id).toBe(true);
    for (const id of ids) expect(set.add(id), id).toBe(false);
    // more prefixes than the exact sets hold: the later ones are hashed, still exact here
    for (let p = 0; p < 100; p++) expect(set.add(`P${p}x7`)).toBe(true);
    for (let p = 0; p < 100; p++) expect(set.add(`P${p}x7`)).toBe(false);
  });

  it("keeps 300,000 distinct ids of each kind without a false 'seen'", () => {
    const set = new IdSet();
    let seen = 0;
    for (let i = 1; i <= 300_000; i++) {
      if (!set.add(String(i))) seen++;
      if (!set.add(`s${i}`)) seen++;
    }
    expect(seen).toBe(0);
    expect(set.add("300000")).toBe(false);
    expect(set.add("s300000")).toBe(false);
  });
});
