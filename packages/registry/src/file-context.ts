import { indexProfile, type ProfileIndex } from "./profile-index";
import type { RegionProfile } from "./region-profile-schema";
import type { RegistryEvent } from "./registry-event-schema";
import type { RegistryIssueCode, RegistryIssueCollector } from "./registry-issue";
import type { StudentFile } from "./student-file";

/** What applying one event sees: the profile, its index, the file so far, the issues. */
export interface FileContext {
  profile: RegionProfile;
  index: ProfileIndex;
  file: StudentFile;
  event: RegistryEvent;
  issues: RegistryIssueCollector;
}

const indexes = new WeakMap<RegionProfile, ProfileIndex>();

/**
 * The index of a profile, built once per profile object.
 *
 * @param profile - a validated profile
 * @returns its index
 * @example
 * profileIndex(profile).top.code // => "red"
 */
export function profileIndex(profile: RegionProfile): ProfileIndex {
  let index = indexes.get(profile);
  if (index === undefined) {
    index = indexProfile(profile);
    indexes.set(profile, index);
  }
  return index;
}

/** Adds an issue about the event being applied and returns false, for `return refuse(…)`. */
export function refuse(
  ctx: FileContext,
  code: RegistryIssueCode,
  params: Record<string, string | number | string[]> = {},
): false {
  ctx.issues.add(code, [ctx.event.studentId, ctx.event.id], params);
  return false;
}

/**
 * A time plus some hours, as an ISO string.
 *
 * @param time - an ISO date-time
 * @param hours - hours to add
 * @returns the later time, in UTC
 * @example
 * addHours("2026-09-01T08:00:00Z", 24) // => "2026-09-02T08:00:00.000Z"
 */
export function addHours(time: string, hours: number): string {
  return new Date(Date.parse(time) + hours * 3_600_000).toISOString();
}

/** The follow-up rule of a level, if any. */
export function followUpOf(profile: RegionProfile, level: string | null) {
  return level === null ? undefined : profile.followUp.find((f) => f.level === level);
}
