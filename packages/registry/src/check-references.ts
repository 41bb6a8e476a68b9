import { entryName } from "./name-path";
import type { ProfileIndex } from "./profile-index";
import type { RegionProfile } from "./region-profile-schema";
import type { RegistryIssueCollector } from "./registry-issue";

/**
 * Checks that codes are defined once and that every reference names a defined level,
 * tier, role or source.
 *
 * @param issues - where issues go
 * @param profile - a structurally valid profile
 * @param index - its codes
 * @example
 * checkReferences(issues, profile, indexProfile(profile))
 */
export function checkReferences(
  issues: RegistryIssueCollector,
  profile: RegionProfile,
  index: ProfileIndex,
): void {
  const lists = [
    ["warningLevels", "warning level", "code", profile.warningLevels.map((l) => l.code)],
    ["orgTiers", "org tier", "code", profile.orgTiers.map((t) => t.code)],
    ["roles", "role", "code", profile.roles.map((r) => r.code)],
    ["sources", "source", "id", profile.sources.map((s) => s.id)],
  ] as const;
  for (const [field, kind, key, codes] of lists) {
    const seen = new Set<string>();
    codes.forEach((code, i) => {
      if (seen.has(code)) {
        issues.add("duplicate-code", [field, i, key], { kind, code });
      }
      seen.add(code);
    });
  }

  const ref = (kind: string, known: { has(code: string): boolean }) => {
    return (id: string | undefined, path: (string | number)[]) => {
      if (id !== undefined && !known.has(id)) issues.add("unknown-reference", path, { kind, id });
    };
  };
  const level = ref("warning level", index.levels);
  const tier = ref("org tier", index.tiers);
  const role = ref("role", index.roles);

  for (const r of profile.roles) tier(r.tier, ["roles", r.code, "tier"]);
  for (const rule of profile.routing) {
    const at = ["routing", entryName(rule)!];
    tier(rule.tier, [...at, "tier"]);
    role(rule.role, [...at, "role"]);
    for (const [i, n] of (rule.notify ?? []).entries()) role(n.role, [...at, "notify", i, "role"]);
    level(rule.provisionalLevel, [...at, "provisionalLevel"]);
  }
  for (const f of profile.followUp) level(f.level, ["followUp", f.level, "level"]);
  for (const t of profile.transitions) {
    const at = ["transitions", entryName(t)!];
    for (const [i, r] of t.propose.entries()) role(r, [...at, "propose", i]);
    for (const [i, r] of t.approve.entries()) role(r, [...at, "approve", i]);
  }
  for (const [code, row] of Object.entries(profile.visibility)) {
    role(code, ["visibility", code]);
    for (const [category, cell] of Object.entries(row)) {
      if (typeof cell === "object" && "fromLevel" in cell) {
        level(cell.fromLevel, ["visibility", code, category, "fromLevel"]);
      }
    }
  }
  checkBasisSources(issues, profile, [], ref("source", index.sources));
}

/** Walks the profile and checks every `basis.sources` id. */
function checkBasisSources(
  issues: RegistryIssueCollector,
  node: unknown,
  path: (string | number)[],
  source: (id: string, path: (string | number)[]) => void,
): void {
  if (Array.isArray(node)) {
    for (const [i, entry] of node.entries()) {
      checkBasisSources(issues, entry, [...path, entryName(entry) ?? i], source);
    }
    return;
  }
  if (typeof node !== "object" || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "basis" && typeof value === "object" && value !== null) {
      const ids = (value as { sources?: string[] }).sources ?? [];
      for (const [i, id] of ids.entries()) source(id, [...path, "basis", "sources", i]);
    } else {
      checkBasisSources(issues, value, [...path, key], source);
    }
  }
}
