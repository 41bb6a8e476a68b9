import type { ProfileIndex } from "./profile-index";
import type { RegionProfile } from "./region-profile-schema";
import type { RegistryIssueCollector } from "./registry-issue";
import { ACCESS_ALLOWED, DATA_CATEGORIES } from "./visibility-levels";

/**
 * Checks the visibility matrix (domain-research.md §8.6): a row for every role, and no
 * role seeing more than its kind allows — students and guardians only their own file,
 * peers nothing, region-level staff aggregates and crisis cases only.
 *
 * @param issues - where issues go
 * @param profile - a structurally valid profile
 * @param index - its codes
 * @example
 * checkVisibility(issues, profile, indexProfile(profile))
 */
export function checkVisibility(
  issues: RegistryIssueCollector,
  profile: RegionProfile,
  index: ProfileIndex,
): void {
  for (const role of profile.roles) {
    const row = profile.visibility[role.code];
    if (row === undefined) {
      issues.add("visibility-missing", ["visibility", role.code], { role: role.code });
      continue;
    }
    const scope = role.tier === undefined ? undefined : index.tiers.get(role.tier)?.scope;
    const kind = role.kind === "staff" && scope === "region" ? "region-staff" : role.kind;
    const allowed = ACCESS_ALLOWED[kind];
    for (const category of DATA_CATEGORIES) {
      const cell = row[category];
      const access = typeof cell === "string" ? cell : cell.access;
      if (!allowed.includes(access)) {
        issues.add("visibility-too-broad", ["visibility", role.code, category], {
          roleKind: kind,
          role: role.code,
          category,
          access,
          allowed: [...allowed],
        });
      }
    }
  }
}
