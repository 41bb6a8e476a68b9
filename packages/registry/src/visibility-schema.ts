import * as z from "zod";
import { BasisSchema } from "./basis-schema";
import { CodeSchema } from "./code-schema";
import { ACCESS_LEVELS } from "./visibility-levels";

const AccessSchema = z.enum(ACCESS_LEVELS);

/**
 * One cell of the visibility matrix: an access level, or an access level that applies
 * from a warning level up (e.g. a guardian is told the level from `orange` up).
 */
export const VisibilityCellSchema = z.union([
  AccessSchema,
  z.object({ access: AccessSchema, fromLevel: CodeSchema }).strict(),
]);

/** A cell of the visibility matrix. */
export type VisibilityCell = z.infer<typeof VisibilityCellSchema>;

/** What one role sees of each kind of data (a row of domain-research.md §8.6). */
export const VisibilityRowSchema = z
  .object({
    "census-participation": VisibilityCellSchema,
    "answers-and-scores": VisibilityCellSchema,
    "screen-flag": VisibilityCellSchema,
    "warning-level": VisibilityCellSchema,
    "session-notes": VisibilityCellSchema,
    plan: VisibilityCellSchema,
    "family-flags": VisibilityCellSchema,
    "medical-documents": VisibilityCellSchema,
    basis: BasisSchema.optional(),
  })
  .strict();

/** What one role sees. */
export type VisibilityRow = z.infer<typeof VisibilityRowSchema>;
