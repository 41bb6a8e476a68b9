import type { RegionProfile } from "./region-profile-schema";
import type { RegistryIssueCollector } from "./registry-issue";

/**
 * Checks that the consent bands cover every age from 0 up, once: no gap, no overlap,
 * and an open-ended last band.
 *
 * @param issues - where issues go
 * @param profile - a structurally valid profile
 * @example
 * checkConsent(issues, profile)
 */
export function checkConsent(issues: RegistryIssueCollector, profile: RegionProfile): void {
  const bands = [...profile.consent].sort((a, b) => a.minAge - b.minAge);
  let covered = 0;
  for (const band of bands) {
    const at = ["consent", `age ${band.minAge}+`];
    if (band.minAge > covered) {
      issues.add("age-band-gap", at, { from: covered, to: band.minAge });
    } else if (band.minAge < covered) {
      issues.add("age-band-overlap", at, { from: band.minAge, to: covered });
    }
    if (band.maxAge !== undefined && band.maxAge <= band.minAge) {
      issues.add("too-small", [...at, "maxAge"], { limit: band.minAge + 1 });
    }
    covered = Math.max(covered, band.maxAge ?? Number.POSITIVE_INFINITY);
  }
  if (covered !== Number.POSITIVE_INFINITY) {
    issues.add("age-band-gap", ["consent"], { from: covered, to: "∞" });
  }
}
