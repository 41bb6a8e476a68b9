import * as z from "zod";
import { CodeSchema } from "./code-schema";
import { TermSchema } from "./term-schema";

/**
 * A census campaign (普查批次): its term, the scales each grade answers, the window and
 * the coverage target. Grades the battery does not name are on the roster but not
 * screened (e.g. lower primary, domain-research.md §3.2).
 */
export const CampaignSchema = z
  .object({
    id: CodeSchema,
    term: TermSchema,
    scales: z
      .record(z.string().min(1), z.array(z.string().min(1)).min(1))
      .describe("Grade → the ids of the scales it answers."),
    window: z
      .object({
        start: z.iso.datetime({ offset: true }),
        end: z.iso.datetime({ offset: true }),
      })
      .strict()
      .refine((w) => Date.parse(w.end) > Date.parse(w.start), {
        message: "must end after it starts",
        params: { registry: "window-order" },
      }),
    targetCoverage: z
      .number()
      .min(0)
      .max(1)
      .describe("The share of enrolled students to screen, e.g. 0.95."),
    targetBasis: z
      .enum(["enrolled", "eligible"])
      .default("enrolled")
      .describe("enrolled: screened / enrolled; eligible: exempt students left out."),
  })
  .strict();

/** A census campaign, as validated. */
export type Campaign = z.infer<typeof CampaignSchema>;
/** A census campaign as written. */
export type CampaignInput = z.input<typeof CampaignSchema>;
