import type { ProfileIndex } from "./profile-index";
import type { RegionProfile } from "./region-profile-schema";
import type { RegistryIssueCollector } from "./registry-issue";
import { routingKey } from "./routing-rule-schema";
import { SAFETY_DEADLINE_HOURS, SAFETY_FLAG_KINDS, SCREEN_FLAG_KINDS } from "./screen-flag-kinds";

const isSafety = (flag: string) => (SAFETY_FLAG_KINDS as readonly string[]).includes(flag);

/**
 * Checks where screen flags go: one rule per flag (and flag id), every kind but
 * `negative` routed, owners that are staff at the tier named, and DOMAIN.md decision 2 —
 * critical and acute flags open the top level at once and are reviewed the same day;
 * no other kind opens a level.
 *
 * @param issues - where issues go
 * @param profile - a structurally valid profile
 * @param index - its codes
 * @example
 * checkRouting(issues, profile, indexProfile(profile))
 */
export function checkRouting(
  issues: RegistryIssueCollector,
  profile: RegionProfile,
  index: ProfileIndex,
): void {
  const seen = new Set<string>();
  for (const rule of profile.routing) {
    const key = routingKey(rule);
    const at = ["routing", key];
    if (seen.has(key)) issues.add("duplicate-rule", at, { kind: "routing rule", key });
    seen.add(key);

    const role = index.roles.get(rule.role);
    if (role !== undefined && role.kind !== "staff") {
      issues.add("role-not-staff", [...at, "role"], {
        task: "own flags",
        role: role.code,
        roleKind: role.kind,
      });
    } else if (role?.tier !== undefined && index.tiers.has(rule.tier) && role.tier !== rule.tier) {
      issues.add("role-tier-mismatch", [...at, "tier"], {
        role: role.code,
        roleTier: role.tier,
        tier: rule.tier,
      });
    }

    if (isSafety(rule.flag)) {
      if (rule.provisionalLevel === undefined) {
        issues.add("safety-flag-no-provisional-level", at, { flag: rule.flag });
      } else if (
        index.levels.has(rule.provisionalLevel) &&
        rule.provisionalLevel !== index.top.code
      ) {
        issues.add("provisional-not-top", [...at, "provisionalLevel"], {
          flag: rule.flag,
          top: index.top.code,
          level: rule.provisionalLevel,
        });
      }
      if (rule.deadlineHours > SAFETY_DEADLINE_HOURS) {
        issues.add("safety-deadline-too-long", [...at, "deadlineHours"], {
          flag: rule.flag,
          limit: SAFETY_DEADLINE_HOURS,
          hours: rule.deadlineHours,
        });
      }
    } else if (rule.provisionalLevel !== undefined) {
      issues.add("provisional-not-allowed", [...at, "provisionalLevel"], { flag: rule.flag });
    }
  }

  for (const flag of SCREEN_FLAG_KINDS) {
    if (flag !== "negative" && !seen.has(flag))
      issues.add("flag-unrouted", ["routing", flag], { flag });
  }
}
