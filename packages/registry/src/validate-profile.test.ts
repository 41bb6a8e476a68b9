import { describe, expect, it } from "vitest";
import { CN_K12, type RegionProfileInput, validateProfile } from "./index";

/** The codes and paths of a profile's issues (messages are tested separately). */
function issuesOf(input: unknown) {
  const result = validateProfile(input);
  return result.success ? [] : result.issues.map((i) => `${i.code} @ ${i.path.join(" › ")}`);
}

/** A copy of the K-12 preset, changed. */
function withK12(change: (p: RegionProfileInput) => void): RegionProfileInput {
  const profile = structuredClone(CN_K12);
  change(profile);
  return profile;
}

const level = (p: RegionProfileInput, code: string) =>
  p.warningLevels.find((l) => l.code === code)!;
const route = (p: RegionProfileInput, flag: string) =>
  p.routing.find((r) => r.flag === flag && r.flagId === undefined)!;
const transition = (p: RegionProfileInput, from: string, to: string) =>
  p.transitions.find((t) => t.from === from && t.to === to)!;
const role = (p: RegionProfileInput, code: string) => p.roles.find((r) => r.code === code)!;

describe("validateProfile", () => {
  it("accepts the K-12 preset", () => {
    expect(issuesOf(CN_K12)).toEqual([]);
  });

  it("never throws on values that are not profiles", () => {
    for (const input of [undefined, null, 42, "cn-k12", [], { id: "x" }]) {
      expect(validateProfile(input).success).toBe(false);
    }
  });

  it("reports structural problems with paths that name codes", () => {
    const profile = withK12((p) => {
      level(p, "red").colour = "red";
      role(p, "class-teacher").code = "ClassTeacher";
      (p as { extra?: unknown }).extra = true;
      p.version = "1";
      (route(p, "positive") as { flag: string }).flag = "severe";
      (p.reporting as { minCellSize: number }).minCellSize = 0;
    });
    expect(issuesOf(profile)).toMatchInlineSnapshot(`
      [
        "invalid-version @ version",
        "invalid-colour @ warningLevels › red › colour",
        "invalid-code @ roles › ClassTeacher › code",
        "invalid-value @ routing › severe › flag",
        "too-small @ reporting › minCellSize",
        "unknown-key @ extra",
      ]
    `);
  });

  it("requires a basis to say something, staff to sit at a tier, and a plan deadline", () => {
    const profile = withK12((p) => {
      level(p, "yellow").basis = {};
      delete role(p, "psy-teacher").tier;
      delete p.followUp.find((f) => f.level === "orange")!.planWithinDays;
      p.warningLevels.length = 0;
    });
    expect(issuesOf(profile)).toMatchInlineSnapshot(`
      [
        "too-small @ warningLevels",
        "role-needs-tier @ roles › psy-teacher",
        "plan-deadline-missing @ followUp › orange",
      ]
    `);
  });

  it("rejects duplicate codes, duplicate ranks and duplicate rules", () => {
    const profile = withK12((p) => {
      // a second "red" (rank 4): both crisis, so a crisis → crisis rule is also missing
      p.warningLevels.push({ ...level(p, "red"), severityRank: 4 });
      level(p, "orange").severityRank = 1;
      p.orgTiers.push(p.orgTiers[0]!);
      p.roles.push(role(p, "guardian"));
      p.sources.push(p.sources[0]!);
      p.routing.push(route(p, "positive"));
      p.followUp.push(p.followUp[0]!);
      p.transitions.push(transition(p, "key", "watch"));
    });
    expect(issuesOf(profile)).toMatchInlineSnapshot(`
      [
        "duplicate-code @ warningLevels › 3 › code",
        "duplicate-code @ orgTiers › 5 › code",
        "duplicate-code @ roles › 8 › code",
        "duplicate-code @ sources › 16 › id",
        "duplicate-rank @ warningLevels › orange › severityRank",
        "duplicate-rule @ followUp › yellow",
        "duplicate-rule @ routing › positive",
        "duplicate-rule @ transitions › key→watch",
        "transition-missing @ transitions › crisis→crisis",
      ]
    `);
  });

  it("rejects references to undefined levels, tiers, roles and sources", () => {
    const profile = withK12((p) => {
      role(p, "grade-head").tier = "floor";
      route(p, "positive").tier = "district";
      route(p, "positive").role = "nurse";
      route(p, "acute").notify![0]!.role = "janitor";
      p.followUp[0]!.level = "blue";
      transition(p, "key", "watch").approve = ["principal"];
      p.visibility.guardian!["warning-level"] = { access: "own", fromLevel: "purple" };
      p.visibility.nurse = p.visibility["psy-teacher"]!;
      level(p, "red").basis = { sources: ["hearsay"] };
    });
    expect(issuesOf(profile)).toMatchInlineSnapshot(`
      [
        "unknown-reference @ roles › grade-head › tier",
        "unknown-reference @ routing › acute › notify › 0 › role",
        "unknown-reference @ routing › positive › tier",
        "unknown-reference @ routing › positive › role",
        "unknown-reference @ followUp › blue › level",
        "unknown-reference @ transitions › key→watch › approve › 0",
        "unknown-reference @ visibility › guardian › warning-level › fromLevel",
        "unknown-reference @ visibility › nurse",
        "unknown-reference @ warningLevels › red › basis › sources › 0",
        "follow-up-missing @ followUp › yellow",
      ]
    `);
  });

  it("reads severity from the explicit rank, not from the list order or the label", () => {
    // a region where 一级 is the most serious level, listed worst first
    const profile = withK12((p) => {
      p.warningLevels = [
        { ...level(p, "red"), code: "level-1", severityRank: 3 },
        { ...level(p, "orange"), code: "level-2", severityRank: 2 },
        { ...level(p, "yellow"), code: "level-3", severityRank: 1 },
      ];
      const rename = { red: "level-1", orange: "level-2", yellow: "level-3" } as Record<
        string,
        string
      >;
      for (const f of p.followUp) f.level = rename[f.level]!;
      for (const r of p.routing) if (r.provisionalLevel) r.provisionalLevel = "level-1";
      p.visibility.guardian!["warning-level"] = { access: "own", fromLevel: "level-2" };
    });
    expect(issuesOf(profile)).toEqual([]);
    const wrongTop = withK12((p) => {
      route(p, "acute").provisionalLevel = "yellow";
      level(p, "yellow").severityRank = 5;
      level(p, "yellow").status = "crisis";
    });
    // yellow now outranks red, so critical must open yellow; and as red and yellow now
    // share the crisis status, a rule for a level change inside it is needed
    expect(issuesOf(wrongTop)).toMatchInlineSnapshot(`
      [
        "provisional-not-top @ routing › critical › provisionalLevel",
        "transition-missing @ transitions › crisis→crisis",
      ]
    `);
  });

  it("rejects a status that falls as the rank rises, and a top level that is not crisis", () => {
    const profile = withK12((p) => {
      level(p, "orange").status = "watch";
      level(p, "yellow").status = "key";
      level(p, "red").status = "key";
    });
    expect(issuesOf(profile)).toMatchInlineSnapshot(`
      [
        "status-order @ warningLevels › orange › status",
        "top-level-not-crisis @ warningLevels › red › status",
        "transition-missing @ transitions › key→key",
      ]
    `);
  });

  it("refuses a profile where critical or acute does not open the top level the same day", () => {
    const profile = withK12((p) => {
      delete route(p, "acute").provisionalLevel;
      route(p, "critical").provisionalLevel = "orange";
      route(p, "critical").deadlineHours = 48;
      route(p, "positive").provisionalLevel = "yellow";
    });
    expect(issuesOf(profile)).toMatchInlineSnapshot(`
      [
        "safety-flag-no-provisional-level @ routing › acute",
        "provisional-not-top @ routing › critical › provisionalLevel",
        "safety-deadline-too-long @ routing › critical › deadlineHours",
        "provisional-not-allowed @ routing › positive › provisionalLevel",
      ]
    `);
  });

  it("refuses a profile where a flag kind has no route, or critical and acute have no deadline", () => {
    const profile = withK12((p) => {
      p.routing = p.routing.filter((r) => r.flag !== "acute" && r.flag !== "invalid");
      delete (route(p, "critical") as { deadlineHours?: number }).deadlineHours;
    });
    expect(issuesOf(profile)).toMatchInlineSnapshot(`
      [
        "invalid-type @ routing › critical › deadlineHours",
      ]
    `);
    const unrouted = withK12((p) => {
      p.routing = p.routing.filter((r) => r.flag !== "acute" && r.flag !== "invalid");
    });
    expect(issuesOf(unrouted)).toMatchInlineSnapshot(`
      [
        "flag-unrouted @ routing › acute",
        "flag-unrouted @ routing › invalid",
      ]
    `);
  });

  it("routes flags to staff at the tier they sit at", () => {
    const profile = withK12((p) => {
      route(p, "positive").role = "psy-committee-member";
      route(p, "attention").tier = "class";
      transition(p, "key", "watch").propose = ["guardian"];
    });
    expect(issuesOf(profile)).toMatchInlineSnapshot(`
      [
        "role-not-staff @ routing › positive › role",
        "role-tier-mismatch @ routing › attention › tier",
        "role-not-staff @ transitions › key→watch › propose › 0",
      ]
    `);
  });

  it("requires a rule for every transition of the status machine, and no others", () => {
    const profile = withK12((p) => {
      p.transitions = p.transitions.filter((t) => !(t.from === "crisis" && t.to === "referred"));
      p.transitions.push({ from: "universal", to: "key", propose: ["psy-teacher"], approve: [] });
    });
    expect(issuesOf(profile)).toMatchInlineSnapshot(`
      [
        "transition-illegal @ transitions › universal→key",
        "transition-missing @ transitions › crisis→referred",
      ]
    `);
  });

  it("asks for a rule inside a status that two levels share", () => {
    const profile = withK12((p) => {
      p.warningLevels.push({
        code: "blue",
        label: { en: "Blue", "zh-CN": "蓝色" },
        colour: "#2563EB",
        severityRank: 0.5 as number,
        status: "watch",
      });
    });
    expect(issuesOf(profile)).toMatchInlineSnapshot(`
      [
        "invalid-type @ warningLevels › blue › severityRank",
      ]
    `);
    const four = withK12((p) => {
      for (const l of p.warningLevels) l.severityRank += 1;
      p.warningLevels.push({
        code: "blue",
        label: { en: "Blue", "zh-CN": "蓝色" },
        colour: "#2563EB",
        severityRank: 1,
        status: "watch",
      });
      p.followUp.push({ ...p.followUp[0]!, level: "blue" });
    });
    expect(issuesOf(four)).toMatchInlineSnapshot(`
      [
        "transition-missing @ transitions › watch→watch",
      ]
    `);
    const withRule = structuredClone(four);
    withRule.transitions.push({
      from: "watch",
      to: "watch",
      propose: ["psy-teacher"],
      approve: [],
    });
    expect(issuesOf(withRule)).toEqual([]);
  });

  it("requires four eyes to leave crisis and an approver wherever four eyes are asked", () => {
    const profile = withK12((p) => {
      transition(p, "crisis", "key").fourEyes = false;
      transition(p, "key", "watch").fourEyes = true;
      transition(p, "key", "watch").approve = [];
    });
    expect(issuesOf(profile)).toMatchInlineSnapshot(`
      [
        "crisis-exit-four-eyes @ transitions › crisis→key › fourEyes",
        "four-eyes-without-approver @ transitions › key→watch › approve",
      ]
    `);
  });

  it("requires * → crisis to be automatic when flags open a provisional level", () => {
    const profile = withK12((p) => {
      transition(p, "*", "crisis").automatic = false;
    });
    expect(issuesOf(profile)).toMatchInlineSnapshot(`
      [
        "provisional-needs-automatic @ transitions › *→crisis › automatic",
      ]
    `);
  });

  it("requires consent bands that cover every age once", () => {
    const gap = withK12((p) => {
      p.consent[1]!.minAge = 15;
      delete p.consent[2];
      p.consent.length = 2;
    });
    expect(issuesOf(gap)).toMatchInlineSnapshot(`
      [
        "age-band-gap @ consent › age 15+",
        "age-band-gap @ consent",
      ]
    `);
    const overlap = withK12((p) => {
      p.consent[1]!.minAge = 12;
      p.consent[2]!.maxAge = 16;
    });
    expect(issuesOf(overlap)).toMatchInlineSnapshot(`
      [
        "age-band-overlap @ consent › age 12+",
        "too-small @ consent › age 18+ › maxAge",
        "age-band-gap @ consent",
      ]
    `);
  });

  it("requires a visibility row per role, within what the role's kind may see", () => {
    const profile = withK12((p) => {
      delete p.visibility["grade-head"];
      p.visibility["psy-committee-member"]!["screen-flag"] = "needs-talk";
      p.visibility.guardian!["answers-and-scores"] = "full";
      p.visibility["county-centre"]!["warning-level"] = "label-and-actions";
      p.visibility.student!.plan = { access: "aggregate", fromLevel: "red" };
    });
    expect(issuesOf(profile)).toMatchInlineSnapshot(`
      [
        "visibility-too-broad @ visibility › student › plan",
        "visibility-too-broad @ visibility › guardian › answers-and-scores",
        "visibility-too-broad @ visibility › psy-committee-member › screen-flag",
        "visibility-missing @ visibility › grade-head",
        "visibility-too-broad @ visibility › county-centre › warning-level",
      ]
    `);
  });

  it("refuses a profile that extends another: resolve it first", () => {
    expect(issuesOf({ id: "school", extends: "cn-k12" })).toMatchInlineSnapshot(`
      [
        "unresolved-extends @ extends",
      ]
    `);
  });

  it("writes messages in the requested locale, with the values they name", () => {
    const profile = withK12((p) => {
      route(p, "acute").deadlineHours = 48;
    });
    const en = validateProfile(profile);
    const zh = validateProfile(profile, { locale: "zh-CN" });
    expect(en.success ? [] : en.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "safety-deadline-too-long",
          "message": "Flags of kind acute must be reviewed the same day: within 24 hours, not 48.",
          "params": {
            "flag": "acute",
            "hours": 48,
            "limit": 24,
          },
          "path": [
            "routing",
            "acute",
            "deadlineHours",
          ],
        },
      ]
    `);
    expect(zh.success ? [] : zh.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "急性标记须当天复核：至多 24 小时，而不是 48 小时。",
      ]
    `);
  });
});
