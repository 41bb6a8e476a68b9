import * as z from "zod";
import { ComparisonSchema, IdentifierSchema } from "./identifier-schema";

/** An item's answer compared with a number. */
const ItemConditionSchema = z
  .object({ item: IdentifierSchema, op: ComparisonSchema, value: z.number() })
  .strict()
  .describe("True when the item's answer compares true with value.");

/** The item was shown but left blank or refused (`null` in the answers). */
const SkippedConditionSchema = z
  .object({ skipped: IdentifierSchema })
  .strict()
  .describe("True when the item was shown but skipped or refused (null).");

/** A score compared with a number; false while the score is null. */
const ScoreConditionSchema = z
  .object({ score: IdentifierSchema, op: ComparisonSchema, value: z.number() })
  .strict()
  .describe("True when the score is not null and compares true with value.");

/** A condition over items and scores: the `when` of a screen flag. */
export type Condition =
  | { item: string; op: z.infer<typeof ComparisonSchema>; value: number }
  | { skipped: string }
  | { score: string; op: z.infer<typeof ComparisonSchema>; value: number }
  | { any: Condition[] }
  | { all: Condition[] };

/** A condition over items and scores, nested with `any` and `all`. */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    ItemConditionSchema,
    SkippedConditionSchema,
    ScoreConditionSchema,
    z
      .object({ any: z.array(ConditionSchema).min(1) })
      .strict()
      .describe("True when any of the conditions is true."),
    z
      .object({ all: z.array(ConditionSchema).min(1) })
      .strict()
      .describe("True when all of the conditions are true."),
  ]),
);
