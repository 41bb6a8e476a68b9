import * as z from "zod";
import { BasisSchema } from "./basis-schema";
import { CodeSchema, LocalizedTextSchema, VersionSchema } from "./code-schema";
import { ConsentBandSchema } from "./consent-band-schema";
import { ExitPolicySchema } from "./exit-policy-schema";
import { FollowUpSchema } from "./follow-up-schema";
import { OrgTierSchema } from "./org-tier-schema";
import { RoleSchema } from "./role-schema";
import { RoutingRuleSchema } from "./routing-rule-schema";
import { SourceSchema } from "./source-schema";
import { TransitionRuleSchema } from "./transition-rule-schema";
import { VisibilityRowSchema } from "./visibility-schema";
import { WarningLevelSchema } from "./warning-level-schema";

/**
 * A region profile (区域配置): a region's or a school's rules as data — warning levels,
 * the warning network, where each screen flag goes and by when, follow-up, exit, who
 * decides each transition, consent, visibility and report suppression. This is the
 * structure only; `validateProfile` also checks that the parts hold together.
 */
export const RegionProfileSchema = z
  .object({
    id: CodeSchema,
    version: VersionSchema,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    lineage: z
      .array(CodeSchema)
      .optional()
      .describe("Set by resolveProfile: this profile's id, then each parent's id."),
    sources: z.array(SourceSchema),
    warningLevels: z.array(WarningLevelSchema).min(1),
    orgTiers: z.array(OrgTierSchema).min(1).describe("From the student's unit upwards."),
    roles: z.array(RoleSchema).min(1),
    routing: z.array(RoutingRuleSchema),
    followUp: z.array(FollowUpSchema),
    exit: ExitPolicySchema,
    transitions: z.array(TransitionRuleSchema),
    consent: z.array(ConsentBandSchema).min(1),
    visibility: z.record(CodeSchema, VisibilityRowSchema).describe("One row per role."),
    reporting: z
      .object({
        minCellSize: z
          .number()
          .int()
          .min(1)
          .describe("Report cells counting fewer students than this are suppressed."),
        basis: BasisSchema.optional(),
      })
      .strict(),
  })
  .strict();

/** A region profile, as validated. */
export type RegionProfile = z.infer<typeof RegionProfileSchema>;
/** A region profile as written (before defaults; today the same shape). */
export type RegionProfileInput = z.input<typeof RegionProfileSchema>;

/**
 * A profile that inherits from a parent: its id, version and name, the parent's id in
 * `extends`, and the fields it overrides. `replace` names fields taken whole from this
 * profile instead of merged into the parent's.
 */
export type ProfileOverride = {
  [K in Exclude<keyof RegionProfileInput, "id" | "version" | "name">]?: DeepPartial<
    RegionProfileInput[K]
  >;
} & {
  id: string;
  version: string;
  name: RegionProfileInput["name"];
  extends: string;
  replace?: (keyof RegionProfileInput)[];
};

/** `T` with every property optional, at every depth (list entries included). */
export type DeepPartial<T> = T extends readonly (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
