import type { Locale, ScaleDefinition } from "@psyscreen/core";
import * as z from "zod";
import { type Campaign, type CampaignInput, CampaignSchema } from "./campaign-schema";
import { type CensusResponse, CensusResponseSchema } from "./census-response-schema";
import type { CensusRecords } from "./census-result";
import type { RegionProfile, RegionProfileInput } from "./region-profile-schema";
import { type RegistryIssue, RegistryIssueCollector } from "./registry-issue";
import { type Roster, RosterSchema } from "./roster-schema";
import { validateProfile } from "./validate-profile";
import { addZodIssues } from "./zod-issues";

/** What a census runs on, as the caller gives it. */
export interface CensusInput {
  /** A complete region profile (resolve one that `extends` with `resolveProfile`). */
  profile: RegionProfileInput;
  campaign: CampaignInput;
  roster: Roster;
  responses: readonly CensusResponse[];
  /** The definitions of the campaign's scales (e.g. from `@psyscreen/scales`' `getScale`). */
  scales: readonly ScaleDefinition[];
  /** The previous census, for the transition matrix. */
  previous?: CensusRecords;
}

/** Census input that passed `validateCensusInput`. */
export interface ValidCensusInput {
  profile: RegionProfile;
  campaign: Campaign;
  roster: Roster;
  responses: CensusResponse[];
  /** The scales by id. */
  scales: ReadonlyMap<string, ScaleDefinition>;
}

/** The outcome of checking census input. */
export type CensusInputResult =
  | { success: true; data: ValidCensusInput }
  | { success: false; issues: RegistryIssue[] };

function parseInto<T>(
  issues: RegistryIssueCollector,
  prefix: string,
  schema: z.ZodType<T>,
  value: unknown,
): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const local = new RegistryIssueCollector(issues.locale);
  addZodIssues(local, value, parsed.error);
  for (const i of local.issues) issues.issues.push({ ...i, path: [prefix, ...i.path] });
  return undefined;
}

/**
 * Checks census input: the profile (`validateProfile`), the campaign, roster and
 * responses (structure), and that they fit together — every scale of the battery is
 * given, student ids are unique, each student has a unit at every school tier of the
 * profile (and region tiers for all or none), units name tiers the profile has, and
 * every response belongs to a rostered student and a scale of their grade, once. A row
 * that does not fit is an issue with its index, never silently dropped: a dropped row
 * could hide a critical answer.
 *
 * @param input - profile, campaign, roster, responses and scales
 * @param options - `locale` of the messages
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 * @example
 * validateCensusInput({ profile: CN_K12, campaign, roster, responses: [], scales }).success
 * // => true
 */
export function validateCensusInput(
  input: CensusInput,
  options: { locale?: Locale } = {},
): CensusInputResult {
  const locale = options.locale ?? "en";
  const issues = new RegistryIssueCollector(locale);
  const profileResult = validateProfile(input.profile, { locale });
  if (!profileResult.success) {
    for (const i of profileResult.issues)
      issues.issues.push({ ...i, path: ["profile", ...i.path] });
  }
  const campaign = parseInto(issues, "campaign", CampaignSchema, input.campaign);
  const roster = parseInto(issues, "roster", RosterSchema, input.roster);
  const responses = parseInto(issues, "responses", z.array(CensusResponseSchema), input.responses);
  if (!profileResult.success || !campaign || !roster || !responses) {
    return { success: false, issues: issues.issues };
  }
  const profile = profileResult.data;
  const scales = new Map(input.scales.map((s) => [s.id, s]));

  for (const [grade, ids] of Object.entries(campaign.scales)) {
    ids.forEach((id, k) => {
      if (!scales.has(id)) {
        issues.add("unknown-reference", ["campaign", "scales", grade, k], { kind: "scale", id });
      }
    });
  }

  const tiers = new Map(profile.orgTiers.map((t) => [t.code, t]));
  const used = new Set(roster.students.flatMap((s) => Object.keys(s.units)));
  const required = profile.orgTiers
    .filter((t) => t.scope === "school" || used.has(t.code))
    .map((t) => t.code);
  const grades = new Map<string, string>();
  roster.students.forEach((student, k) => {
    const at = ["roster", "students", k];
    if (grades.has(student.studentId)) {
      issues.add("duplicate-code", [...at, "studentId"], {
        kind: "student",
        code: student.studentId,
      });
    }
    grades.set(student.studentId, student.grade);
    for (const tier of Object.keys(student.units)) {
      if (!tiers.has(tier)) {
        issues.add("unknown-reference", [...at, "units", tier], { kind: "org tier", id: tier });
      }
    }
    for (const tier of required) {
      if (student.units[tier] === undefined) {
        issues.add("missing-unit", [...at, "units"], { student: student.studentId, tier });
      }
    }
  });

  const seen = new Set<string>();
  responses.forEach((response, k) => {
    const at = ["responses", k];
    const grade = grades.get(response.studentId);
    if (grade === undefined) {
      issues.add("unknown-reference", [...at, "studentId"], {
        kind: "student",
        id: response.studentId,
      });
      return;
    }
    const battery = campaign.scales[grade] ?? [];
    const scaleIds = response.scaleId === undefined ? battery : [response.scaleId];
    if (response.scaleId !== undefined && !battery.includes(response.scaleId)) {
      issues.add("scale-not-in-battery", [...at, "scaleId"], { scale: response.scaleId, grade });
    }
    for (const scale of scaleIds) {
      const key = `${response.studentId}\u0000${scale}`;
      if (seen.has(key)) {
        issues.add("duplicate-response", at, { student: response.studentId, scale });
      }
      seen.add(key);
    }
  });

  if (issues.issues.length > 0) return { success: false, issues: issues.issues };
  return { success: true, data: { profile, campaign, roster, responses, scales } };
}
