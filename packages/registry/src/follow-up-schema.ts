import * as z from "zod";
import { BasisSchema } from "./basis-schema";
import { CodeSchema } from "./code-schema";

/**
 * What a warning level asks for over time: how often the student is seen, how often the
 * level is reviewed, how long before it may be lowered, and whether a plan (一人一案)
 * is required.
 */
export const FollowUpSchema = z
  .object({
    level: CodeSchema,
    intervalDays: z
      .number()
      .positive()
      .describe("Days between follow-up contacts (0.5 = twice a day, 3.5 = twice a week)."),
    reviewIntervalDays: z.number().positive().describe("Days between reviews of the level."),
    minDaysBeforeDeescalation: z
      .number()
      .min(0)
      .describe("The level may not be lowered sooner than this after it was set."),
    planRequired: z.boolean().describe("Whether an intervention plan (一人一案) is required."),
    planWithinDays: z.number().positive().optional().describe("Days to write the plan."),
    basis: BasisSchema.optional(),
  })
  .strict()
  .refine((f) => !f.planRequired || f.planWithinDays !== undefined, {
    message: "a required plan needs planWithinDays",
    params: { registry: "plan-deadline-missing" },
  });

/** The follow-up rules of one warning level. */
export type FollowUp = z.infer<typeof FollowUpSchema>;
