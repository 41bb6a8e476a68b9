// fast-check generators of random scale definitions and answer sets, for the
// property tests of the core's invariants.
import fc from "fast-check";
import type { Condition, ScaleDefinitionInput } from "../src/index";
import { text } from "./sample-scales";

const RESPONSE_SETS = [
  {
    id: "zero3",
    kind: "choice" as const,
    options: [0, 1, 2, 3].map((value) => ({ value, label: { en: `${value}` } })),
  },
  {
    id: "one5",
    kind: "choice" as const,
    options: [1, 2, 3, 4, 5].map((value) => ({ value, label: { en: `${value}` } })),
  },
  {
    id: "yes_no",
    kind: "choice" as const,
    options: [0, 1].map((value) => ({ value, label: { en: `${value}` } })),
  },
  {
    id: "sparse",
    kind: "choice" as const,
    options: [0, 2, 5].map((value) => ({ value, label: { en: `${value}` } })),
  },
  { id: "number", kind: "numeric" as const, min: 0, max: 20 },
];

const OPS = [">=", ">", "<=", "<", "==", "!="] as const;

function conditionArb(itemIds: string[], depth: number): fc.Arbitrary<Condition> {
  const leaf = fc.oneof(
    fc.record({
      item: fc.constantFrom(...itemIds),
      op: fc.constantFrom(...OPS),
      value: fc.integer({ min: -1, max: 6 }),
    }),
    fc.record({ skipped: fc.constantFrom(...itemIds) }),
  ) as fc.Arbitrary<Condition>;
  if (depth === 0) return leaf;
  const nested = fc.array(conditionArb(itemIds, depth - 1), { minLength: 1, maxLength: 3 });
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 1, arbitrary: nested.map((any) => ({ any })) },
    { weight: 1, arbitrary: nested.map((all) => ({ all })) },
  );
}

/** A random, usually valid scale definition (the caller filters with validateScale). */
export const definitionArb: fc.Arbitrary<ScaleDefinitionInput> = fc
  .integer({ min: 1, max: 10 })
  .chain((n) => {
    const itemIds = Array.from({ length: n }, (_, i) => `i${i + 1}`);
    const item = (id: string) =>
      fc.record({
        id: fc.constant(id),
        responseSet: fc.constantFrom(...RESPONSE_SETS.map((s) => s.id)),
        reverse: fc.boolean(),
        weight: fc.constantFrom(1, 1, 1, 2, -1, 0.5),
      });
    const aggregate = (k: number) =>
      fc.subarray(itemIds, { minLength: 1 }).chain((items) =>
        fc.record({
          id: fc.constant(`s${k}`),
          name: fc.constant(text(`Score ${k}`)),
          method: fc.constantFrom("sum" as const, "mean" as const),
          items: fc.constant(items),
          missing: fc.record({
            minAnswered: fc.integer({ min: 1, max: items.length }),
            method: fc.constantFrom("prorate" as const, "sum-answered" as const),
            rounding: fc.option(
              fc.record({
                digits: fc.integer({ min: 0, max: 2 }),
                mode: fc.constantFrom("half-up" as const, "half-even" as const),
              }),
              { nil: undefined },
            ),
          }),
          transform: fc.option(
            fc.record({ multiply: fc.constantFrom(1, 2, 0.5), add: fc.constantFrom(0, 1) }),
            { nil: undefined },
          ),
        }),
      );
    const count = (k: number) =>
      fc.subarray(itemIds, { minLength: 1 }).chain((items) =>
        fc.record({
          id: fc.constant(`s${k}`),
          name: fc.constant(text(`Score ${k}`)),
          method: fc.constant("count" as const),
          items: fc.constant(items),
          op: fc.constantFrom(...OPS),
          value: fc.integer({ min: 0, max: 4 }),
          missing: fc.record({ minAnswered: fc.integer({ min: 1, max: items.length }) }),
        }),
      );
    const scores = fc
      .array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 4 })
      .chain((kinds) => fc.tuple(...kinds.map((kind, k) => (kind === 2 ? count(k) : aggregate(k)))))
      .map((list) => [
        ...list,
        {
          id: "combined",
          name: text("Combined"),
          method: "formula" as const,
          formula: list.length > 1 ? `s0 * 2 - max(s1, 1) / 2` : "s0 + 1",
          range: { min: -1e6, max: 1e6 },
        },
      ]);
    const flag = (id: string) =>
      fc.record({
        id: fc.constant(id),
        kind: fc.constantFrom("critical" as const, "acute" as const),
        source: fc.constant("instrument" as const),
        when: conditionArb(itemIds, 2),
        message: fc.constant(text(id)),
      });
    return fc.record({
      id: fc.constant("random-scale"),
      version: fc.constant("1.0.0"),
      name: fc.constant(text("Random scale")),
      population: fc.constant({ respondent: "self" as const }),
      licence: fc.constant({ spdx: "CC0-1.0", embedText: true }),
      sources: fc.constant([{ citation: "Generated" }]),
      responseSets: fc.constant(RESPONSE_SETS),
      items: fc.tuple(...itemIds.map(item)),
      scores,
      flags: fc
        .integer({ min: 1, max: 3 })
        .chain((m) => fc.tuple(...Array.from({ length: m }, (_, f) => flag(`f${f}`)))),
    });
  });

/** One answer as a host might send it, valid or not; `undefined` = not shown. */
export const anyAnswerArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -2, max: 7 }) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom("0", "1", " 3 ", "2.0", "yes", "", "1e1") },
  {
    weight: 1,
    arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 1.5, 0.5, true, {}),
  },
);

/** A numeric answer as a batch column holds it: a number, null (NaN) or not shown. */
export const batchAnswerArb: fc.Arbitrary<number | null | undefined> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -1, max: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(0.5, 2.5) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/** A random definition with one row of answers drawn from `answerArb`. */
export function definitionWithAnswersArb<T>(
  answerArb: fc.Arbitrary<T>,
): fc.Arbitrary<[ScaleDefinitionInput, T[]]> {
  return definitionArb.chain((input) =>
    fc.tuple(fc.constant(input), fc.tuple(...input.items.map(() => answerArb))),
  );
}

/** Answers keyed by item id, leaving out items whose value is `undefined` (not shown). */
export function answersFor<T>(input: ScaleDefinitionInput, values: T[]): Record<string, T> {
  const answers: Record<string, T> = {};
  input.items.forEach((item, i) => {
    if (values[i] !== undefined) answers[item.id] = values[i]!;
  });
  return answers;
}
