import * as z from "zod";
import { BasisSchema } from "./basis-schema";
import { CodeSchema, LocalizedTextSchema } from "./code-schema";

/**
 * One tier of the warning network (预警网络层级): *where* a warning is raised and who
 * owns it. The profile lists tiers from the closest to the student upwards, e.g.
 * class → grade → school → county → city.
 */
export const OrgTierSchema = z
  .object({
    code: CodeSchema,
    label: LocalizedTextSchema,
    scope: z
      .enum(["school", "region"])
      .describe("school: inside a school; region: an authority above schools (county, city)."),
    basis: BasisSchema.optional(),
  })
  .strict();

/** One tier of the warning network. */
export type OrgTier = z.infer<typeof OrgTierSchema>;
