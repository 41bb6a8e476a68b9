import { describe, expect, it } from "vitest";
import {
  CN_K12,
  CN_UNIVERSITY,
  getPreset,
  PRESETS,
  type RegionProfileInput,
  validateProfile,
} from "./index";

/** Every object in a profile that should say what it rests on, with its path. */
function entriesNeedingBasis(profile: RegionProfileInput): [string, unknown][] {
  const lists = [
    "warningLevels",
    "orgTiers",
    "roles",
    "routing",
    "followUp",
    "transitions",
    "consent",
  ] as const;
  const entries: [string, unknown][] = [];
  for (const list of lists) {
    profile[list].forEach((entry, i) => {
      entries.push([`${list}[${i}]`, entry]);
    });
  }
  for (const [role, row] of Object.entries(profile.visibility)) {
    entries.push([`visibility.${role}`, row]);
  }
  entries.push(["exit", profile.exit], ["reporting", profile.reporting]);
  profile.exit.criteria.forEach((c, i) => {
    entries.push([`exit.criteria[${i}]`, c]);
  });
  return entries;
}

describe.each(PRESETS.map((p) => [p.id, p] as const))("preset %s", (_, preset) => {
  it("validates", () => {
    const result = validateProfile(preset);
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it("gives every value a source or marks it for review", () => {
    const bare = entriesNeedingBasis(preset)
      .filter(([, entry]) => (entry as { basis?: unknown }).basis === undefined)
      .map(([path]) => path);
    expect(bare).toEqual([]);
  });

  it("opens the top level at once for critical and acute flags, reviewed the same day", () => {
    const top = [...preset.warningLevels].sort((a, b) => b.severityRank - a.severityRank)[0]!;
    for (const flag of ["critical", "acute"]) {
      const rule = preset.routing.find((r) => r.flag === flag && r.flagId === undefined)!;
      expect(rule.provisionalLevel).toBe(top.code);
      expect(rule.deadlineHours).toBeLessThanOrEqual(24);
    }
  });

  it("asks about an unanswered safety question the same day, not at the attention deadline", () => {
    const rule = preset.routing.find((r) => r.flagId === "critical_item_unanswered")!;
    expect(rule.flag).toBe("attention");
    expect(rule.deadlineHours).toBeLessThanOrEqual(24);
  });
});

describe("presets", () => {
  it("use the K-12 three-tier and university four-tier networks, with region tiers above", () => {
    const tiers = (p: RegionProfileInput) => p.orgTiers.map((t) => `${t.code}:${t.scope}`);
    expect(tiers(CN_K12)).toEqual([
      "class:school",
      "grade:school",
      "school:school",
      "county:region",
      "city:region",
    ]);
    expect(tiers(CN_UNIVERSITY)).toEqual([
      "dorm:school",
      "class:school",
      "department:school",
      "school:school",
      "province:region",
    ]);
  });

  it("give universities counsellors where schools have class teachers", () => {
    const roles = CN_UNIVERSITY.roles.map((r) => r.code);
    expect(roles).toContain("counsellor");
    expect(roles).not.toContain("class-teacher");
    const mentioned = JSON.stringify([CN_UNIVERSITY.routing, CN_UNIVERSITY.transitions]);
    expect(mentioned).not.toMatch(/class-teacher|grade-head/);
  });

  it("are found by id", () => {
    expect(getPreset("cn-k12")).toBe(CN_K12);
    expect(getPreset("cn-university")?.id).toBe("cn-university");
    expect(getPreset("nowhere")).toBeUndefined();
  });
});
