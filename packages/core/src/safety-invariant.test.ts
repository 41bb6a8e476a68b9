import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersFor, anyAnswerArb, definitionWithAnswersArb } from "../test/arbitraries";
import type { Condition } from "./condition-schema";
import { scoreResponse } from "./score-response";
import { validateScale } from "./validate-scale";

const NUMERIC_TEXT = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

/** The raw number a host gave, read independently of the engine. */
function rawNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && NUMERIC_TEXT.test(value)) return Number(value);
  return undefined;
}

/** A reference evaluator of safety conditions on raw answers, written apart from the engine. */
function holds(condition: Condition, answers: Record<string, unknown>): boolean {
  if ("any" in condition) return condition.any.some((c) => holds(c, answers));
  if ("all" in condition) return condition.all.every((c) => holds(c, answers));
  if ("skipped" in condition) return answers[condition.skipped] === null;
  if ("score" in condition) throw new Error("safety conditions use items only");
  const x = rawNumber(answers[condition.item]);
  if (x === undefined) return false;
  const v = condition.value;
  return { ">=": x >= v, ">": x > v, "<=": x <= v, "<": x < v, "==": x === v, "!=": x !== v }[
    condition.op
  ];
}

describe("safety invariant (property)", () => {
  it("a critical or acute flag fires exactly when its condition holds on the raw answers, whatever is missing, prorated or invalid", () => {
    let checked = 0;
    fc.assert(
      fc.property(definitionWithAnswersArb(anyAnswerArb), ([input, values]) => {
        const parsed = validateScale(input);
        fc.pre(parsed.success);
        if (!parsed.success) return;
        const def = parsed.data;
        const answers = answersFor(input, values);
        const result = scoreResponse(def, answers);
        const fired = new Set(result.flags.map((f) => f.id));
        for (const flag of def.flags) {
          expect(fired.has(flag.id), `${flag.id} ${JSON.stringify(flag.when)}`).toBe(
            holds(flag.when, answers),
          );
          checked++;
        }
      }),
      { numRuns: 400 },
    );
    expect(checked).toBeGreaterThan(200);
  });

  it("a safety flag that did not fire because an item it reads was unanswered is reported to a person", () => {
    fc.assert(
      fc.property(definitionWithAnswersArb(anyAnswerArb), ([input, values]) => {
        const parsed = validateScale(input);
        fc.pre(parsed.success);
        if (!parsed.success) return;
        const answers = answersFor(input, values);
        const result = scoreResponse(parsed.data, answers);
        const fired = new Set(result.flags.map((f) => f.id));
        const flagged = new Set(
          result.flags.find((f) => f.id === "critical_item_unanswered")?.items,
        );
        for (const flag of parsed.data.flags) {
          if (fired.has(flag.id)) continue;
          for (const id of comparedItemIds(flag.when)) {
            const item = parsed.data.items.find((it) => it.id === id)!;
            const answered =
              result.issues.every((i) => i.path[1] !== id || i.code === "string-value") &&
              answers[id] !== undefined &&
              answers[id] !== null;
            if (!answered) expect(flagged.has(item.id), id).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

function comparedItemIds(condition: Condition): string[] {
  if ("any" in condition) return condition.any.flatMap(comparedItemIds);
  if ("all" in condition) return condition.all.flatMap(comparedItemIds);
  return "item" in condition ? [condition.item] : [];
}
