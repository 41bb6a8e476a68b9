import type { ProfileIndex } from "./profile-index";
import type { RegionProfile } from "./region-profile-schema";
import type { RegistryIssueCollector } from "./registry-issue";
import { STATUS_TRANSITIONS, transitionKey } from "./registry-status";

/**
 * Checks who decides each transition: every legal transition of the status machine has
 * a rule, and only those (plus a level change inside one status that two levels share);
 * proposers and approvers are staff; four-eyes rules name an approver; leaving crisis
 * needs four eyes; and `* → crisis` may happen automatically when flags open a
 * provisional level.
 *
 * @param issues - where issues go
 * @param profile - a structurally valid profile
 * @param index - its codes
 * @example
 * checkTransitions(issues, profile, indexProfile(profile))
 */
export function checkTransitions(
  issues: RegistryIssueCollector,
  profile: RegionProfile,
  index: ProfileIndex,
): void {
  const legal = STATUS_TRANSITIONS.map((t) => ({ from: t.from, to: t.to }));
  const statusCount = new Map<string, number>();
  for (const level of profile.warningLevels) {
    statusCount.set(level.status, (statusCount.get(level.status) ?? 0) + 1);
  }
  for (const [status, count] of statusCount) {
    if (count > 1) legal.push({ from: status as never, to: status as never });
  }
  const legalKeys = new Set(legal.map(transitionKey));

  const seen = new Set<string>();
  for (const rule of profile.transitions) {
    const key = transitionKey(rule);
    const at = ["transitions", key];
    if (seen.has(key)) issues.add("duplicate-rule", at, { kind: "transition rule", key });
    seen.add(key);
    if (!legalKeys.has(key)) {
      issues.add("transition-illegal", at, { from: rule.from, to: rule.to });
      continue;
    }
    for (const field of ["propose", "approve"] as const) {
      rule[field].forEach((code, i) => {
        const role = index.roles.get(code);
        if (role !== undefined && role.kind !== "staff") {
          issues.add("role-not-staff", [...at, field, i], {
            task: "propose or approve a transition",
            role: code,
            roleKind: role.kind,
          });
        }
      });
    }
    if (rule.fourEyes === true && rule.approve.length === 0) {
      issues.add("four-eyes-without-approver", [...at, "approve"]);
    }
    if (
      rule.from === "crisis" &&
      rule.to === "key" &&
      (rule.fourEyes !== true || rule.approve.length === 0)
    ) {
      issues.add("crisis-exit-four-eyes", [...at, "fourEyes"], { from: rule.from, to: rule.to });
    }
  }

  for (const t of legal) {
    if (!seen.has(transitionKey(t))) {
      issues.add("transition-missing", ["transitions", transitionKey(t)], {
        from: t.from,
        to: t.to,
      });
    }
  }

  const provisional = profile.routing.some((r) => r.provisionalLevel !== undefined);
  const intoCrisis = profile.transitions.find((t) => t.from === "*" && t.to === "crisis");
  if (provisional && intoCrisis !== undefined && intoCrisis.automatic !== true) {
    issues.add("provisional-needs-automatic", ["transitions", "*→crisis", "automatic"]);
  }
}
