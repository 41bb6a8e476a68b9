import * as z from "zod";
import { BasisSchema } from "./basis-schema";
import { CodeSchema } from "./code-schema";
import { SCREEN_FLAG_KINDS } from "./screen-flag-kinds";

/**
 * Where a screen flag goes: the tier and role that own it and the deadline for the
 * interview it asks for. A rule with `flagId` applies to that flag only (e.g. the
 * engine's `critical_item_unanswered`, an attention flag that must not wait a month)
 * and wins over the rule for its kind.
 */
export const RoutingRuleSchema = z
  .object({
    flag: z.enum(SCREEN_FLAG_KINDS),
    flagId: z
      .string()
      .min(1)
      .optional()
      .describe("A flag id (a scale's or the engine's) this rule is limited to."),
    tier: CodeSchema,
    role: CodeSchema,
    deadlineHours: z.number().positive().describe("Hours from the result to the interview."),
    notify: z
      .array(z.object({ role: CodeSchema, withinHours: z.number().min(0) }).strict())
      .optional()
      .describe("Who else is told, and how soon."),
    provisionalLevel: CodeSchema.optional().describe(
      "The warning level opened at once, pending review (critical and acute flags only).",
    ),
    basis: BasisSchema.optional(),
  })
  .strict();

/** A routing rule. */
export type RoutingRule = z.infer<typeof RoutingRuleSchema>;

/**
 * The key of a routing rule, as used in paths and when profiles are merged.
 *
 * @param rule - its `flag` and `flagId`
 * @returns the flag kind, with `:flagId` when the rule is limited to one flag
 * @example
 * routingKey({ flag: "attention", flagId: "critical_item_unanswered" })
 * // => "attention:critical_item_unanswered"
 */
export function routingKey(rule: { flag: string; flagId?: string | undefined }): string {
  return rule.flagId === undefined ? rule.flag : `${rule.flag}:${rule.flagId}`;
}
