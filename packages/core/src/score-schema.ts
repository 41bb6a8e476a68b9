import * as z from "zod";
import {
  CodingSchema,
  ComparisonSchema,
  IdentifierSchema,
  RoundingSchema,
} from "./identifier-schema";
import { LocalizedTextSchema } from "./locale";

/** A closed range of a score with a descriptive label, e.g. PHQ-9 10–14 "moderate". */
export const BandSchema = z
  .object({
    id: IdentifierSchema,
    min: z.number(),
    max: z.number(),
    label: LocalizedTextSchema,
  })
  .strict()
  .describe(
    "A closed range [min, max] of the score, with a label. Bands ascend and cover the score's range.",
  );

/** What to do when some of a score's items are missing. */
export const MissingRuleSchema = z
  .object({
    minAnswered: z
      .int()
      .min(1)
      .optional()
      .describe("Fewest valid answers that still give a score; default: every item."),
    method: z
      .enum(["prorate", "sum-answered"])
      .default("prorate")
      .describe(
        "For sums with missing items: prorate = sum × items / answered (the mean of the answered items times the item count); sum-answered = the sum of what was answered.",
      ),
    rounding: RoundingSchema.optional().describe("Rounding applied to a prorated sum."),
  })
  .strict()
  .describe("The missing-data rule of a score.");

/** A linear transform applied after aggregation, e.g. DASS-21 × 2. */
export const TransformSchema = z
  .object({
    multiply: z.number().default(1),
    add: z.number().default(0),
  })
  .strict()
  .describe("value × multiply + add, applied after aggregation and prorating.");

const ScoreCommon = {
  id: IdentifierSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  coding: z
    .string()
    .optional()
    .describe('The coding convention the value is on, e.g. "0-3" or "1-5"; copied to each result.'),
  transform: TransformSchema.optional(),
  rounding: RoundingSchema.optional().describe("Rounding of the final value."),
  bands: z.array(BandSchema).optional(),
  citation: z.string().optional().describe("Where the rule of this score comes from."),
  codes: z.array(CodingSchema).optional().describe("e.g. the LOINC code of the total"),
  optional: z
    .boolean()
    .default(false)
    .describe(
      "An optional output (e.g. a diagnostic-algorithm count that needs every item): when it is null, the engine does not raise `incomplete` for it.",
    ),
};

const ItemsField = z
  .array(IdentifierSchema)
  .min(1)
  .describe("Item ids (never positions) that make up the score.");

/** The sum or the mean of keyed item values. */
export const AggregateScoreSchema = z
  .object({
    ...ScoreCommon,
    method: z.enum(["sum", "mean"]),
    items: ItemsField,
    missing: MissingRuleSchema.optional(),
  })
  .strict();

/** How many items were answered in a given way, e.g. SCL-90 items ≥ 2. */
export const CountScoreSchema = z
  .object({
    ...ScoreCommon,
    method: z.literal("count"),
    items: ItemsField,
    op: ComparisonSchema,
    value: z.number().describe("Each item's raw answer is compared with this value."),
    missing: MissingRuleSchema.pick({ minAnswered: true }).strict().optional(),
  })
  .strict();

/** A score computed from other scores and item values by a restricted formula. */
export const FormulaScoreSchema = z
  .object({
    ...ScoreCommon,
    method: z.literal("formula"),
    formula: z
      .string()
      .min(1)
      .describe(
        "An expression over score ids and item ids: numbers, + - * / ^, comparisons, and/or/not, a ? b : c, and min max abs floor ceil round sqrt. Null if any name it uses is null.",
      ),
    range: z
      .object({ min: z.number(), max: z.number() })
      .strict()
      .describe("The possible range of the value, which bands and flag checks use."),
  })
  .strict();

/** A score of a scale: sum, mean, count or formula. */
export const ScoreSchema = z.discriminatedUnion("method", [
  AggregateScoreSchema,
  CountScoreSchema,
  FormulaScoreSchema,
]);

/** A score definition. */
export type ScoreDefinition = z.infer<typeof ScoreSchema>;
/** A band definition. */
export type BandDefinition = z.infer<typeof BandSchema>;
