import * as z from "zod";
import { BasisSchema } from "./basis-schema";

/**
 * The kinds of exit criterion (解除): a re-screen negative or lower by some levels, an
 * interview finding no risk, observers reporting the student stable, plan goals met, or
 * a case conference or clinician's view.
 */
export const EXIT_CRITERIA = [
  "rescreen-negative",
  "rescreen-level-drop",
  "interview-no-risk",
  "observer-reports-stable",
  "plan-goals-met",
  "case-conference-or-clinician",
] as const;

/** A kind of exit criterion. */
export type ExitCriterionKind = (typeof EXIT_CRITERIA)[number];

/**
 * When a student leaves the list (watch → monitor-after-exit): every criterion must
 * hold; then the student is followed lightly for `monitorDays` before the file closes.
 */
export const ExitPolicySchema = z
  .object({
    criteria: z
      .array(
        z
          .object({
            kind: z.enum(EXIT_CRITERIA),
            count: z
              .number()
              .int()
              .min(1)
              .optional()
              .describe("Consecutive re-screens, or levels dropped."),
            basis: BasisSchema.optional(),
          })
          .strict(),
      )
      .min(1),
    monitorDays: z.number().min(0).describe("Days of light follow-up after the exit."),
    basis: BasisSchema.optional(),
  })
  .strict();

/** The exit policy. */
export type ExitPolicy = z.infer<typeof ExitPolicySchema>;
