import * as z from "zod";
import { CodeSchema } from "./code-schema";

/**
 * What a profile value rests on: the sources it follows (ids into the profile's
 * `sources`), or a mark that it is a default to review, or the profile that set it
 * (filled in by `resolveProfile` when an override gives no basis of its own).
 */
export const BasisSchema = z
  .object({
    sources: z.array(CodeSchema).optional().describe("Ids of the profile's sources."),
    review: z
      .boolean()
      .optional()
      .describe("true: a default psyscreen chose, to be reviewed by the region."),
    note: z.string().min(1).optional().describe("Why this value, in a sentence."),
    setBy: CodeSchema.optional().describe("The profile that overrode this value."),
  })
  .strict()
  .refine((b) => (b.sources?.length ?? 0) > 0 || b.review === true || b.setBy !== undefined, {
    message: "needs sources, review: true or setBy",
    params: { registry: "basis-empty" },
  })
  .describe("What the value rests on: sources, a review mark, or the overriding profile.");

/** What a profile value rests on. */
export type Basis = z.infer<typeof BasisSchema>;
