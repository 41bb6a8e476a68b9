import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersFor, batchAnswerArb, definitionWithAnswersArb } from "../test/arbitraries";
import { referenceScores } from "../test/reference-scorer";
import { scoreResponse } from "./score-response";
import { validateScale } from "./validate-scale";

describe("scoring agrees with an independent reference interpreter (property)", () => {
  it("sum, mean, count, prorating, transforms, rounding and formulas", () => {
    fc.assert(
      fc.property(definitionWithAnswersArb(batchAnswerArb), ([input, values]) => {
        const parsed = validateScale(input);
        fc.pre(parsed.success);
        if (!parsed.success) return;
        const answers = answersFor(input, values) as Record<string, number | null>;
        const engine = scoreResponse(parsed.data, answers);
        const reference = referenceScores(parsed.data, answers);
        for (const [id, want] of Object.entries(reference)) {
          const got = engine.scores[id]!.value;
          if (want === null || got === null) expect(got, id).toBe(want);
          else expect(got, id).toBeCloseTo(want, 9);
        }
      }),
      { numRuns: 500 },
    );
  });
});
