import type { OrgTier } from "./org-tier-schema";
import type { RegionProfile } from "./region-profile-schema";
import type { Role } from "./role-schema";
import type { WarningLevel } from "./warning-level-schema";

/** The codes a profile defines, looked up by code (the first definition wins). */
export interface ProfileIndex {
  levels: Map<string, WarningLevel>;
  tiers: Map<string, OrgTier>;
  roles: Map<string, Role>;
  sources: Set<string>;
  /** The level with the highest severity rank. */
  top: WarningLevel;
}

/**
 * Indexes the codes of a structurally valid profile.
 *
 * @param profile - a profile that passed `RegionProfileSchema`
 * @returns its levels, tiers, roles and sources by code, and its top level
 * @example
 * indexProfile(profile).top.code // => "red"
 */
export function indexProfile(profile: RegionProfile): ProfileIndex {
  const byCode = <T extends { code: string }>(list: T[]) => {
    const map = new Map<string, T>();
    for (const entry of list) if (!map.has(entry.code)) map.set(entry.code, entry);
    return map;
  };
  const top = profile.warningLevels.reduce((a, b) => (b.severityRank > a.severityRank ? b : a));
  return {
    levels: byCode(profile.warningLevels),
    tiers: byCode(profile.orgTiers),
    roles: byCode(profile.roles),
    sources: new Set(profile.sources.map((s) => s.id)),
    top,
  };
}
