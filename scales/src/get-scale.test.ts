import { isValidatedScale, scoreResponse } from "@psyscreen/core";
import { describe, expect, it } from "vitest";
import { scaleIds } from "./catalog";
import { getScale } from "./get-scale";

describe("getScale", () => {
  it("returns a validated definition for every id", () => {
    for (const id of scaleIds) {
      const scale = getScale(id);
      expect(scale.id).toBe(id);
      expect(isValidatedScale(scale)).toBe(true);
    }
  });

  it("validates once and returns the same frozen object every time", () => {
    const first = getScale("phq-9");
    expect(getScale("phq-9")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.items[0])).toBe(true);
  });

  it("throws a RangeError naming the known ids for an unknown id", () => {
    expect(() => getScale("phq-8")).toThrow(RangeError);
    expect(() => getScale("phq-8")).toThrow(
      `getScale requires a known scale id; got "phq-8", known: ${scaleIds.join(", ")}`,
    );
  });

  it("gives a definition scoreResponse accepts (README quick start: 11 from 8 answers, prorated to 12)", () => {
    const answers = {
      phq9_1: 2,
      phq9_2: 1,
      phq9_3: 3,
      phq9_4: 2,
      phq9_5: 1,
      phq9_6: 1,
      phq9_7: 0,
      phq9_8: null,
      phq9_9: 1,
    };
    const result = scoreResponse(getScale("phq-9"), answers);
    expect(result.scores.total).toEqual({
      value: 12,
      band: "moderate",
      bandLabel: "Moderate",
      answered: 8,
      prorated: true,
      coding: "0-3",
    });
    expect(result.flags.map((f) => `${f.kind}: ${f.id}`)).toEqual([
      "critical: item9_positive",
      "positive: screen_positive",
    ]);
  });
});
