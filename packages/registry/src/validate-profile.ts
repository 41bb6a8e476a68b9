import type { Locale } from "@psyscreen/core";
import { checkConsent } from "./check-consent";
import { checkLevels } from "./check-levels";
import { checkReferences } from "./check-references";
import { checkRouting } from "./check-routing";
import { checkTransitions } from "./check-transitions";
import { checkVisibility } from "./check-visibility";
import { indexProfile } from "./profile-index";
import { type RegionProfile, RegionProfileSchema } from "./region-profile-schema";
import { type RegistryIssue, RegistryIssueCollector } from "./registry-issue";
import { addZodIssues } from "./zod-issues";

/** The outcome of checking a profile: the profile, or the issues found. */
export type ProfileResult =
  | { success: true; data: RegionProfile }
  | { success: false; issues: RegistryIssue[] };

/** Options of `validateProfile` and `resolveProfile`. */
export interface ProfileOptions {
  /** The locale of issue messages; default `en`. */
  locale?: Locale;
}

/**
 * Checks a complete region profile: its structure, and that it holds together — unique
 * codes and severity ranks, known references, crisis at the top, every flag routed,
 * critical and acute flags opening the top level with a same-day review, a follow-up
 * rule per level, a rule for every transition, consent for every age, and a
 * visibility row per role within what the role's kind may see. Never throws on bad
 * input. A profile that `extends` another must go through `resolveProfile`.
 *
 * @param input - a parsed profile, or any value
 * @param options - `locale` of the messages
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 * @example
 * validateProfile(CN_K12).success // => true
 * validateProfile({ id: "x" }).success // => false
 */
export function validateProfile(input: unknown, options: ProfileOptions = {}): ProfileResult {
  const issues = new RegistryIssueCollector(options.locale ?? "en");
  if (typeof input === "object" && input !== null && "extends" in input) {
    const parent = (input as { extends: unknown }).extends;
    issues.add("unresolved-extends", ["extends"], { id: String(parent) });
    return { success: false, issues: issues.issues };
  }
  const parsed = RegionProfileSchema.safeParse(input);
  if (!parsed.success) {
    addZodIssues(issues, input, parsed.error);
    return { success: false, issues: issues.issues };
  }
  const profile = parsed.data;
  const index = indexProfile(profile);
  checkReferences(issues, profile, index);
  checkLevels(issues, profile, index);
  checkRouting(issues, profile, index);
  checkTransitions(issues, profile, index);
  checkConsent(issues, profile);
  checkVisibility(issues, profile, index);
  if (issues.issues.length > 0) return { success: false, issues: issues.issues };
  return { success: true, data: profile };
}
