import * as z from "zod";
import { IdentifierSchema, RoundingSchema } from "./identifier-schema";

/** Who a norm table describes; every field given must match the respondent's group. */
export const NormGroupSchema = z
  .object({
    sex: z.enum(["female", "male"]).optional(),
    ageMin: z.number().min(0).optional(),
    ageMax: z.number().min(0).optional(),
    gradeMin: z.int().optional(),
    gradeMax: z.int().optional(),
    population: z.string().optional().describe('e.g. "general", "middle-school", "university"'),
    region: z.string().optional().describe('e.g. "CN" or "CN-YN"'),
  })
  .strict()
  .describe("The group a norm table describes.");

/** One row of a raw → percentile / T lookup. */
const NormLookupRowSchema = z
  .object({
    min: z.number(),
    max: z.number(),
    percentile: z.number().min(0).max(100).optional(),
    t: z.number().optional(),
  })
  .strict();

/** The reference values of one score in one norm table. */
export const NormEntrySchema = z
  .object({
    mean: z.number().optional(),
    sd: z.number().positive().optional(),
    lookup: z
      .array(NormLookupRowSchema)
      .min(1)
      .optional()
      .describe("Closed raw-score ranges with their percentile and/or T."),
  })
  .strict()
  .refine((e) => (e.mean === undefined) === (e.sd === undefined), {
    message: "mean and sd go together",
    params: { psyscreen: "norm-incomplete" },
  })
  .refine((e) => e.mean !== undefined || e.lookup !== undefined, {
    message: "needs mean and sd, or a lookup",
    params: { psyscreen: "norm-incomplete" },
  });

/** A versioned norm table for one group. */
export const NormTableSchema = z
  .object({
    id: IdentifierSchema,
    version: z.string().min(1),
    source: z.string().min(1).describe("The citation of the norm study."),
    n: z.int().positive().optional().describe("Sample size of the norm group."),
    group: NormGroupSchema,
    rounding: RoundingSchema.optional().describe("Rounding of z and T."),
    scores: z.record(IdentifierSchema, NormEntrySchema),
  })
  .strict()
  .describe("Reference values for the scores of one group: mean/SD (z, T) and/or lookups.");

/** A norm table. */
export type NormTable = z.infer<typeof NormTableSchema>;

/** The respondent's group, used to pick a norm table. */
export interface NormGroup {
  sex?: "female" | "male";
  age?: number;
  grade?: number;
  population?: string;
  region?: string;
}
