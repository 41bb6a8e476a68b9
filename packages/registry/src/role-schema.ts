import * as z from "zod";
import { BasisSchema } from "./basis-schema";
import { CodeSchema, LocalizedTextSchema } from "./code-schema";
import { ROLE_KINDS } from "./visibility-levels";

/**
 * A role (班主任, 心理教师, 心理委员 …): who is routed a flag, who proposes and approves
 * a transition, and what each sees. Staff and peers sit at an org tier.
 */
export const RoleSchema = z
  .object({
    code: CodeSchema,
    label: LocalizedTextSchema,
    kind: z.enum(ROLE_KINDS),
    tier: CodeSchema.optional().describe("The org tier the role sits at (staff and peers)."),
    basis: BasisSchema.optional(),
  })
  .strict()
  .refine(
    (role) => role.tier !== undefined || role.kind === "student" || role.kind === "guardian",
    {
      message: "staff and peer roles sit at a tier",
      params: { registry: "role-needs-tier" },
    },
  );

/** A role. */
export type Role = z.infer<typeof RoleSchema>;
