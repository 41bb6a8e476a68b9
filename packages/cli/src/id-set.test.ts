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
