import { describe, expect, it } from "vitest";
import { createRandom } from "./create-random";

describe("createRandom", () => {
  it("repeats a sequence for a seed and differs between seeds", () => {
    const draw = (seed: number | string) => {
      const r = createRandom(seed);
      return Array.from({ length: 5 }, () => r.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw("a:s0001")).toEqual(draw("a:s0001"));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw("a:s0001")).not.toEqual(draw("a:s0002"));
  });

  it("draws uniformly enough in [0, 1) and by weight", () => {
    const r = createRandom(7);
    const n = 20_000;
    const values = Array.from({ length: n }, () => r.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01); // SE of the mean ≈ 0.002
    const counts = [0, 0, 0];
    for (let i = 0; i < n; i++) counts[r.weighted([1, 2, 7])]!++;
    expect(Math.abs(counts[2]! / n - 0.7)).toBeLessThan(0.02);
    expect(Math.abs(counts[0]! / n - 0.1)).toBeLessThan(0.015);
  });
});
