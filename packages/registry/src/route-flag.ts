import type { RegionProfile } from "./region-profile-schema";
import type { RoutingRule } from "./routing-rule-schema";

/**
 * The routing rule of a profile that applies to a screen flag: the rule limited to the
 * flag's id if there is one, else the rule for its kind.
 *
 * @param profile - a validated profile
 * @param flag - the flag's `id` and `kind`
 * @returns the rule
 * @throws Error "routeFlag requires a routing rule for every flag kind" when none
 *   applies (a profile that passed `validateProfile` routes every kind)
 * @example
 * routeFlag(profile, { id: "item9_positive", kind: "critical" }).deadlineHours // => 24
 */
export function routeFlag(profile: RegionProfile, flag: { id: string; kind: string }): RoutingRule {
  const rule =
    profile.routing.find((r) => r.flag === flag.kind && r.flagId === flag.id) ??
    profile.routing.find((r) => r.flag === flag.kind && r.flagId === undefined);
  if (rule === undefined) {
    throw new Error(
      `routeFlag requires a routing rule for every flag kind; profile "${profile.id}" has none for "${flag.kind}"`,
    );
  }
  return rule;
}
