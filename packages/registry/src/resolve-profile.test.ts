import { describe, expect, it } from "vitest";
import { CN_K12, PRESETS, type ProfileOverride, resolveProfile } from "./index";

const name = { en: "No. 1 Middle School", "zh-CN": "第一中学" };

/** The codes and paths of a resolution's issues. */
function issuesOf(profile: unknown, parents: readonly unknown[] = PRESETS) {
  const result = resolveProfile(profile, parents);
  return result.success ? [] : result.issues.map((i) => `${i.code} @ ${i.path.join(" › ")}`);
}

describe("resolveProfile", () => {
  it("validates a profile that extends nothing", () => {
    const result = resolveProfile(CN_K12, []);
    expect(result.success).toBe(true);
  });

  it("merges a school's overrides into its region and records who set them", () => {
    const school: ProfileOverride = {
      id: "no-1-middle",
      version: "1.0.0",
      name,
      extends: "cn-k12",
      routing: [{ flag: "positive", deadlineHours: 168 }],
      followUp: [{ level: "orange", intervalDays: 2, basis: { sources: ["school-plan"] } }],
      sources: [{ id: "school-plan", title: "第一中学心理危机干预预案 (2026)", quality: "A" }],
      visibility: { guardian: { "screen-flag": "own-summary" } },
      reporting: { minCellSize: 10 },
    };
    const result = resolveProfile(school, PRESETS);
    expect(result.success ? [] : result.issues).toEqual([]);
    if (!result.success) return;
    const p = result.data;
    expect(p.id).toBe("no-1-middle");
    expect(p.name).toEqual(name);
    expect(p.lineage).toEqual(["no-1-middle", "cn-k12"]);
    expect("extends" in p).toBe(false);

    const positive = p.routing.find((r) => r.flag === "positive")!;
    expect(positive).toMatchObject({ deadlineHours: 168, role: "psy-teacher", tier: "school" });
    expect(positive.basis).toEqual({ setBy: "no-1-middle" });

    const orange = p.followUp.find((f) => f.level === "orange")!;
    expect(orange).toMatchObject({ intervalDays: 2, reviewIntervalDays: 30, planRequired: true });
    expect(orange.basis).toEqual({ sources: ["school-plan"] });

    expect(p.visibility.guardian!["screen-flag"]).toBe("own-summary");
    expect(p.visibility.guardian!.plan).toBe("own");
    expect(p.reporting).toEqual({ minCellSize: 10, basis: { setBy: "no-1-middle" } });
    expect(p.sources.map((s) => s.id)).toContain("school-plan");
    // untouched values keep the region's basis
    expect(p.routing.find((r) => r.flag === "acute")!.basis).toEqual(
      CN_K12.routing.find((r) => r.flag === "acute")!.basis,
    );
  });

  it("leaves the parent untouched", () => {
    const before = structuredClone(CN_K12);
    resolveProfile(
      { id: "s", version: "1.0.0", name, extends: "cn-k12", reporting: { minCellSize: 20 } },
      PRESETS,
    );
    expect(CN_K12).toEqual(before);
  });

  it("adds new entries and replaces whole fields named in replace", () => {
    const county: ProfileOverride = {
      id: "county-a",
      version: "2026.1.0",
      name: { en: "County A", "zh-CN": "甲县" },
      extends: "cn-k12",
      replace: ["exit"],
      exit: { criteria: [{ kind: "rescreen-negative", count: 2 }], monitorDays: 180 },
      roles: [
        {
          code: "subject-teacher",
          label: { en: "Subject teacher", "zh-CN": "科任教师" },
          kind: "staff",
          tier: "class",
        },
      ],
      visibility: {
        "subject-teacher": {
          "census-participation": "none",
          "answers-and-scores": "none",
          "screen-flag": "none",
          "warning-level": "none",
          "session-notes": "none",
          plan: "actions-assigned",
          "family-flags": "none",
          "medical-documents": "none",
        },
      },
    };
    const school = { id: "school-b", version: "1.0.0", name, extends: "county-a" };
    const result = resolveProfile(school, [county, ...PRESETS]);
    expect(result.success ? [] : result.issues).toEqual([]);
    if (!result.success) return;
    expect(result.data.lineage).toEqual(["school-b", "county-a", "cn-k12"]);
    expect(result.data.exit).toEqual({
      criteria: [{ kind: "rescreen-negative", count: 2 }],
      monitorDays: 180,
    });
    expect(result.data.roles.map((r) => r.code)).toContain("subject-teacher");
  });

  it("validates the merged result: a school cannot loosen the safety rules", () => {
    const school = {
      id: "lax",
      version: "1.0.0",
      name,
      extends: "cn-k12",
      routing: [{ flag: "acute", deadlineHours: 72 }],
      visibility: { "county-centre": { "session-notes": "full" } },
      transitions: [{ from: "crisis", to: "key", fourEyes: false }],
    };
    expect(issuesOf(school)).toMatchInlineSnapshot(`
      [
        "safety-deadline-too-long @ routing › acute › deadlineHours",
        "crisis-exit-four-eyes @ transitions › crisis→key › fourEyes",
        "visibility-too-broad @ visibility › county-centre › session-notes",
      ]
    `);
  });

  it("reports an unknown parent, a cycle and an override without its own identity", () => {
    expect(issuesOf({ id: "s", version: "1.0.0", name, extends: "cn-k13" })).toMatchInlineSnapshot(`
      [
        "unknown-parent @ extends",
      ]
    `);
    const a = { id: "a", version: "1.0.0", name, extends: "b" };
    const b = { id: "b", version: "1.0.0", name, extends: "a" };
    expect(issuesOf(a, [a, b])).toMatchInlineSnapshot(`
      [
        "extends-cycle @ b › extends",
      ]
    `);
    expect(issuesOf({ id: "s", extends: "cn-k12" })).toMatchInlineSnapshot(`
      [
        "invalid-type @ version",
        "invalid-type @ name",
      ]
    `);
    const badParent = { id: "p", extends: "cn-k12", version: "one" };
    expect(
      issuesOf({ id: "s", version: "1.0.0", name, extends: "p" }, [badParent]),
    ).toMatchInlineSnapshot(`
      [
        "invalid-version @ p › version",
        "invalid-type @ p › name",
      ]
    `);
    expect(
      issuesOf({ id: "s", version: "1.0.0", name, extends: "cn-k12", replace: ["colour"] }),
    ).toMatchInlineSnapshot(`
      [
        "invalid-value @ replace › 0",
      ]
    `);
  });
});
