import * as z from "zod";
import { BasisSchema } from "./basis-schema";
import { CodeSchema, ColourSchema, LocalizedTextSchema } from "./code-schema";
import { LEVEL_STATUSES } from "./registry-status";

/**
 * One warning level (预警等级): how serious a student's current risk is. The order is the
 * explicit `severityRank` (higher is more serious), never the position in the list or a
 * number in the label: "一级" is the worst level in some regions and the first in others.
 */
export const WarningLevelSchema = z
  .object({
    code: CodeSchema,
    label: LocalizedTextSchema,
    colour: ColourSchema,
    severityRank: z
      .number()
      .int()
      .min(1)
      .describe("Higher is more serious; 0 is reserved for no level."),
    status: z
      .enum(LEVEL_STATUSES)
      .describe("The file status the level places a student in: watch, key or crisis."),
    description: LocalizedTextSchema.optional(),
    basis: BasisSchema.optional(),
  })
  .strict();

/** One warning level. */
export type WarningLevel = z.infer<typeof WarningLevelSchema>;
