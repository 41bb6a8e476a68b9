import * as z from "zod";
import { CodeSchema } from "./code-schema";

/**
 * A document a profile's values rest on, with the quality tag of domain-research.md §0:
 * A official text, B news of an official text, C academic, D practitioner template.
 */
export const SourceSchema = z
  .object({
    id: CodeSchema,
    title: z.string().min(1),
    docNo: z
      .string()
      .min(1)
      .optional()
      .describe("The document number, e.g. 教思政厅函〔2021〕10号."),
    url: z.url().optional(),
    quality: z.enum(["A", "B", "C", "D"]),
    note: z.string().min(1).optional(),
  })
  .strict();

/** A source document. */
export type Source = z.infer<typeof SourceSchema>;
