import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundValue } from "./round-value";

const halfUp = (digits: number) => ({ digits, mode: "half-up" as const });
const halfEven = (digits: number) => ({ digits, mode: "half-even" as const });

describe("roundValue", () => {
  it("rounds ties up under half-up, the clinical manuals' convention (ARCHITECTURE.md principle 7)", () => {
    expect([0.5, 1.5, 2.5, 22.5, 13.5].map((x) => roundValue(x, halfUp(0)))).toEqual([
      1, 2, 3, 23, 14,
    ]);
  });

  it("rounds ties to even under half-even, as R and Python do", () => {
    expect([0.5, 1.5, 2.5, 22.5, 13.5].map((x) => roundValue(x, halfEven(0)))).toEqual([
      0, 2, 2, 22, 14,
    ]);
  });

  it("sees decimal ties that binary floating point stores just below .5", () => {
    // 1.005 is stored as 1.00499999999999989…; 2.675 as 2.67499999999999982…
    expect(roundValue(1.005, halfUp(2))).toBe(1.01);
    expect(roundValue(2.675, halfUp(2))).toBe(2.68);
    expect(roundValue(2.675, halfEven(2))).toBe(2.68);
    expect(roundValue(2.665, halfEven(2))).toBe(2.66);
  });

  it("rounds negative ties toward +∞ under half-up and to even under half-even", () => {
    expect(roundValue(-2.5, halfUp(0))).toBe(-2);
    expect(roundValue(-2.5, halfEven(0))).toBe(-2);
    expect(roundValue(-3.5, halfEven(0))).toBe(-4);
  });

  it("never moves a value by more than half a step, and keeps integers (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (x, d) => {
          const r = roundValue(x, halfUp(d));
          expect(Math.abs(r - x)).toBeLessThanOrEqual(
            0.5 * 10 ** -d + 1e-9 * Math.max(1, Math.abs(x)),
          );
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), (n) => {
        expect(roundValue(n, halfEven(0))).toBe(n);
      }),
    );
  });
});
