import { CN_K12 } from "./presets/cn-k12";
import { CN_UNIVERSITY } from "./presets/cn-university";
import type { RegionProfileInput } from "./region-profile-schema";

export { CN_K12, CN_UNIVERSITY };

/** The preset profiles psyscreen ships, for `resolveProfile(school, PRESETS)`. */
export const PRESETS: readonly RegionProfileInput[] = [CN_K12, CN_UNIVERSITY];

/**
 * Looks up a preset profile by id.
 *
 * @param id - e.g. `cn-k12`
 * @returns the preset, or `undefined`
 * @example
 * getPreset("cn-university")?.orgTiers.map((t) => t.code)
 * // => ["dorm", "class", "department", "school", "province"]
 */
export function getPreset(id: string): RegionProfileInput | undefined {
  return PRESETS.find((p) => p.id === id);
}
