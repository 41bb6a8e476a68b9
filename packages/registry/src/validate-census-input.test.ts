import { describe, expect, it } from "vitest";
import { CAMPAIGN, phq9Answers, roster, SCALES, sheet } from "../test/census-fixture";
import { CN_K12 } from "./presets";
import { RosterStudentSchema } from "./roster-schema";
import { isTerm } from "./term-schema";
import { type CensusInput, validateCensusInput } from "./validate-census-input";

const base = (): CensusInput => ({
  profile: CN_K12,
  campaign: CAMPAIGN,
  roster: roster(1),
  responses: [],
  scales: SCALES,
});

const issuesOf = (input: CensusInput, locale: "en" | "zh-CN" = "en") => {
  const result = validateCensusInput(input, { locale });
  return result.success
    ? []
    : result.issues.map((i) => `${i.code} @ ${i.path.join(" › ")}: ${i.message}`);
};

describe("isTerm", () => {
  it("accepts two consecutive years and term 1 or 2", () => {
    expect(["2026-2027-1", "2026-2027-2"].map(isTerm)).toEqual([true, true]);
    expect(["2026-2028-1", "2026-2027-3", "2026-27-1", "2027-2026-1"].map(isTerm)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("validateCensusInput", () => {
  it("accepts the fixture school", () => {
    expect(validateCensusInput(base()).success).toBe(true);
  });

  it("refuses a bad term and a window that ends before it starts, in en and zh-CN", () => {
    const input = {
      ...base(),
      campaign: {
        ...CAMPAIGN,
        term: "2026-2028-1",
        window: { start: "2026-10-01T00:00:00Z", end: "2026-09-01T00:00:00Z" },
      },
    };
    expect(issuesOf(input)).toMatchInlineSnapshot(`
      [
        "invalid-term @ campaign › term: A term is written YYYY-YYYY-N: two consecutive years and the term 1 or 2, e.g. 2026-2027-1.",
        "window-order @ campaign › window: The campaign window must end after it starts.",
      ]
    `);
    expect(issuesOf(input, "zh-CN")).toMatchInlineSnapshot(`
      [
        "invalid-term @ campaign › term: 学期须写作 YYYY-YYYY-N：两个相邻年份加学期序号 1 或 2，如 2026-2027-1。",
        "window-order @ campaign › window: 普查时间窗的结束时间须晚于开始时间。",
      ]
    `);
  });

  it("never takes 'problem student' as a student attribute, as a flag or as a field", () => {
    const student = roster(1).students[0]!;
    expect(
      RosterStudentSchema.safeParse({ ...student, familyFlags: ["left-behind-both"] }).success,
    ).toBe(true);
    const asFlag = { ...student, familyFlags: ["problem-student"] };
    const asField = { ...student, problemStudent: true };
    const input = { ...base(), roster: { students: [asFlag, asField] } } as unknown as CensusInput;
    expect(issuesOf(input).map((i) => i.split(":")[0])).toEqual([
      "invalid-value @ roster › students › 0 › familyFlags › 0",
      "unknown-key @ roster › students › 1 › problemStudent",
    ]);
  });

  it("refuses names as ids, duplicate students, missing and unknown units", () => {
    const students = roster(1).students;
    students[1] = { ...students[1]!, studentId: "张三" };
    students[2] = { ...students[0]! };
    students[3] = { ...students[3]!, units: { class: "g8-c2", school: "s1", ward: "w1" } };
    expect(issuesOf({ ...base(), roster: { students } })).toMatchInlineSnapshot(`
      [
        "invalid-student-id @ roster › students › 1 › studentId: A student id is an opaque key of letters, digits and _ . : - (at most 64), never a name.",
      ]
    `);
    students[1] = { ...students[1]!, studentId: "g7-c2-001" };
    expect(issuesOf({ ...base(), roster: { students } })).toMatchInlineSnapshot(`
      [
        "duplicate-code @ roster › students › 2 › studentId: The student "g7-c1-001" is defined more than once.",
        "unknown-reference @ roster › students › 3 › units › ward: Unknown org tier "ward".",
        "missing-unit @ roster › students › 3 › units: Student "g8-c2-001" has no unit at tier "grade".",
      ]
    `);
  });

  it("refuses responses it cannot place: unknown student or scale, duplicates, no answers", () => {
    const responses = [
      sheet("nobody", "phq-9", phq9Answers(3)),
      sheet("g7-c1-001", "scl-90", {}),
      sheet("g7-c2-001", "phq-9", phq9Answers(3)),
      { studentId: "g7-c2-001", status: "absent" as const },
      { studentId: "g8-c1-001", scaleId: "phq-9", status: "completed" as const },
    ];
    expect(issuesOf({ ...base(), responses })).toMatchInlineSnapshot(`
      [
        "answers-missing @ responses › 4: A completed response names its scale and holds its answers.",
      ]
    `);
    responses.pop();
    expect(issuesOf({ ...base(), responses })).toMatchInlineSnapshot(`
      [
        "unknown-reference @ responses › 0 › studentId: Unknown student "nobody".",
        "scale-not-in-battery @ responses › 1 › scaleId: The campaign does not give scale "scl-90" to grade "g7".",
        "duplicate-response @ responses › 3: Student "g7-c2-001" has more than one response for "phq-9": keep one per scale.",
      ]
    `);
  });

  it("refuses a battery naming a scale that is not given, and an unresolved profile", () => {
    const input = {
      ...base(),
      campaign: { ...CAMPAIGN, scales: { g7: ["phq-9", "mht"] } },
      profile: { ...CN_K12, extends: "cn-k12" } as never,
    };
    expect(issuesOf(input).map((i) => i.split(":")[0])).toEqual([
      "unresolved-extends @ profile › extends",
    ]);
    expect(issuesOf({ ...input, profile: CN_K12 }).map((i) => i.split(":")[0])).toEqual([
      "unknown-reference @ campaign › scales › g7 › 1",
    ]);
  });
});
