import type { ProfileIndex } from "./profile-index";
import type { RegionProfile } from "./region-profile-schema";
import type { RegistryIssueCollector } from "./registry-issue";
import { LEVEL_STATUSES } from "./registry-status";

/**
 * Checks the warning levels and their follow-up: unique severity ranks, a status that
 * never falls as the rank rises, crisis at the top, and one follow-up rule per level.
 *
 * @param issues - where issues go
 * @param profile - a structurally valid profile
 * @param index - its codes
 * @example
 * checkLevels(issues, profile, indexProfile(profile))
 */
export function checkLevels(
  issues: RegistryIssueCollector,
  profile: RegionProfile,
  index: ProfileIndex,
): void {
  const byRank = new Map<number, string[]>();
  for (const level of profile.warningLevels) {
    byRank.set(level.severityRank, [...(byRank.get(level.severityRank) ?? []), level.code]);
  }
  for (const [rank, levels] of byRank) {
    if (levels.length > 1) {
      issues.add("duplicate-rank", ["warningLevels", levels[1]!, "severityRank"], {
        rank,
        levels,
      });
    }
  }

  const sorted = [...profile.warningLevels].sort((a, b) => a.severityRank - b.severityRank);
  const order = (status: string) => LEVEL_STATUSES.indexOf(status as never);
  for (let i = 1; i < sorted.length; i++) {
    const lower = sorted[i - 1]!;
    const level = sorted[i]!;
    if (level.severityRank > lower.severityRank && order(level.status) < order(lower.status)) {
      issues.add("status-order", ["warningLevels", level.code, "status"], {
        level: level.code,
        other: lower.code,
        status: level.status,
        otherStatus: lower.status,
      });
    }
  }
  if (index.top.status !== "crisis") {
    issues.add("top-level-not-crisis", ["warningLevels", index.top.code, "status"], {
      level: index.top.code,
      status: index.top.status,
    });
  }

  const seen = new Set<string>();
  for (const f of profile.followUp) {
    if (seen.has(f.level)) {
      issues.add("duplicate-rule", ["followUp", f.level], { kind: "follow-up rule", key: f.level });
    }
    seen.add(f.level);
  }
  for (const level of profile.warningLevels) {
    if (!seen.has(level.code))
      issues.add("follow-up-missing", ["followUp", level.code], { level: level.code });
  }
}
