import { validateCensusInput } from "@psyscreen/registry";
import { getScale } from "@psyscreen/scales";
import { describe, expect, it } from "vitest";
import { generateSchool } from "./generate-school";
import { responsesToCsv } from "./responses-to-csv";
import { rosterToCsv } from "./roster-to-csv";

describe("generateSchool", () => {
  const school = generateSchool({ seed: 1 });

  it("is deterministic for a seed and differs between seeds", { timeout: 30_000 }, () => {
    expect(generateSchool({ seed: 1 })).toEqual(school);
    expect(generateSchool({ seed: 2 }).responses).not.toEqual(school.responses);
  });

  it("builds a K-12 roster of 9 grades × 6 classes × 40 with fake ids and names", () => {
    expect(school.roster.students).toHaveLength(2160);
    expect(new Set(school.roster.students.map((s) => s.units.class)).size).toBe(54);
    for (const s of school.roster.students) {
      expect(s.studentId).toMatch(/^s\d{4}$/);
      const n = s.studentId.slice(1);
      expect(school.names[s.studentId]).toEqual({ en: `Student ${n}`, "zh-CN": `学生${n}` });
    }
  });

  it("gives input that validateCensusInput accepts", () => {
    expect(validateCensusInput(school).success).toBe(true);
    const university = generateSchool({ seed: 1, kind: "university" });
    expect(validateCensusInput(university).success).toBe(true);
  });

  it("draws reasons, timings and careless sheets at about the illustrative rates", () => {
    const targeted = school.roster.students.filter((s) => school.campaign.scales[s.grade]);
    const reasons = school.responses.filter((r) => r.status !== "completed");
    expect(reasons.length / targeted.length).toBeGreaterThan(0.02);
    expect(reasons.length / targeted.length).toBeLessThan(0.08);
    const sheets = school.responses.filter((r) => r.status === "completed");
    const perItem = sheets.map(
      (r) =>
        (Date.parse(r.finishedAt!) - Date.parse(r.startedAt!)) /
        1000 /
        Object.keys(r.answers!).length,
    );
    const fast = perItem.filter((s) => s < 2).length / sheets.length;
    expect(fast).toBeGreaterThan(0.01);
    expect(fast).toBeLessThan(0.06);
    const start = Date.parse(school.campaign.window.start);
    const end = Date.parse(school.campaign.window.end);
    for (const r of sheets) {
      expect(Date.parse(r.startedAt!)).toBeGreaterThanOrEqual(start);
      expect(Date.parse(r.finishedAt!)).toBeLessThanOrEqual(end);
    }
  });

  it("puts university dorms across classes but inside a department and year", () => {
    const university = generateSchool({ seed: 3, kind: "university" });
    const classesOf = new Map<string, Set<string>>();
    for (const s of university.roster.students) {
      const set = classesOf.get(s.units.dorm!) ?? new Set();
      set.add(s.units.class!);
      classesOf.set(s.units.dorm!, set);
      expect(s.units.dorm!.slice(0, 5)).toBe(s.units.class!.slice(0, 5));
    }
    expect([...classesOf.values()].some((set) => set.size > 1)).toBe(true);
  });

  it("keeps the same students from one term to the next", () => {
    const spring = generateSchool({ seed: 1, term: "2026-2027-2" });
    expect(spring.roster).toEqual(school.roster);
    expect(spring.campaign.window.start).toBe("2027-03-09T00:00:00+08:00");
  });
});

describe("CSV helpers", () => {
  const school = generateSchool({ seed: 1, classesPerGrade: 1, classSize: 2 });

  it("write the roster with one unit column per tier", () => {
    const csv = rosterToCsv(school.roster, ["class", "grade", "school"]);
    const lines = csv.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "student_id,grade,sex,birth_year,age_band,family_flags,unit_class,unit_grade,unit_school",
    );
    expect(lines).toHaveLength(19);
    expect(lines[1]).toMatch(
      /^s0001,g1,(female|male),\d{4},under-14,[a-z;-]*,g1-c1,g1,demo-school$/,
    );
  });

  it("write one scale's sheets with a column per item", () => {
    const csv = responsesToCsv(school.responses, getScale("phq-9"));
    const [header, ...rows] = csv.trimEnd().split("\n");
    expect(header).toBe(
      "student_id,status,started_at,finished_at,phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9,phq9_difficulty",
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(",")).toHaveLength(14);
  });
});
