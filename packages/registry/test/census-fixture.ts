// A tiny synthetic school for the census tests: grades g7 and g8, two classes each.
// Ids are obviously fake; answers are built to hit the scores a test needs.
import { type ScaleDefinition, validateScale } from "@psyscreen/core";
import { getScale } from "@psyscreen/scales";
import type { CampaignInput, CensusResponse, Roster, RosterStudent } from "../src/index";

export const PHQ9: ScaleDefinition = getScale("phq-9");
export const GAD7: ScaleDefinition = getScale("gad-7");
export const SCALES = [PHQ9, GAD7];

export const CAMPAIGN: CampaignInput = {
  id: "autumn-census",
  term: "2026-2027-1",
  scales: { g7: ["phq-9", "gad-7"], g8: ["phq-9", "gad-7"] },
  window: { start: "2026-09-14T00:00:00+08:00", end: "2026-09-30T23:59:59+08:00" },
  targetCoverage: 0.9,
};

/** `n` students per class in classes g7-c1, g7-c2, g8-c1, g8-c2 of school s1. */
export function roster(n: number, extra: Partial<RosterStudent> = {}): Roster {
  const students: RosterStudent[] = [];
  for (const grade of ["g7", "g8"]) {
    for (const cls of ["c1", "c2"]) {
      for (let i = 1; i <= n; i++) {
        students.push({
          studentId: `${grade}-${cls}-${String(i).padStart(3, "0")}`,
          units: { class: `${grade}-${cls}`, grade, school: "s1" },
          grade,
          ...extra,
        });
      }
    }
  }
  return { students };
}

/** PHQ-9 answers with the given total (items 1–8 first) and item 9. */
export function phq9Answers(total: number, item9 = 0): Record<string, number> {
  const answers: Record<string, number> = { phq9_9: item9 };
  let left = total - item9;
  for (let i = 1; i <= 8; i++) {
    const v = Math.max(0, Math.min(3, left));
    answers[`phq9_${i}`] = v;
    left -= v;
  }
  return answers;
}

/** GAD-7 answers with the given total. */
export function gad7Answers(total: number): Record<string, number> {
  const answers: Record<string, number> = {};
  let left = total;
  for (let i = 1; i <= 7; i++) {
    const v = Math.max(0, Math.min(3, left));
    answers[`gad7_${i}`] = v;
    left -= v;
  }
  return answers;
}

/** A completed sheet finished at `finishedAt`, answered in `seconds`. */
export function sheet(
  studentId: string,
  scaleId: string,
  answers: Record<string, number | null>,
  finishedAt = "2026-09-20T10:00:00+08:00",
  seconds = 120,
): CensusResponse {
  const started = new Date(Date.parse(finishedAt) - seconds * 1000).toISOString();
  return { studentId, scaleId, status: "completed", answers, startedAt: started, finishedAt };
}

const text = (en: string) => ({ en, "zh-CN": `${en}（测试）` });

/**
 * A made-up test scale (not an instrument: no numbers here are clinical): six yes/no
 * items t1–t6 and two validity items v1–v2. t1 = 1 raises an acute flag, t2 = 1 a
 * critical flag, v1 = v2 = 1 an invalid flag, a total of 4 or more a positive flag.
 */
export const SAFETY_TEST_SCALE: ScaleDefinition = (() => {
  const items = ["t1", "t2", "t3", "t4", "t5", "t6", "v1", "v2"];
  const result = validateScale({
    id: "test-safety",
    version: "1.0.0",
    name: text("Test safety scale"),
    population: { respondent: "self" },
    licence: { spdx: "CC0-1.0", embedText: true },
    sources: [{ citation: "Synthetic scale for tests; no clinical meaning." }],
    responseSets: [
      {
        id: "yes_no",
        kind: "choice",
        options: [0, 1].map((value) => ({ value, label: { en: `${value}` } })),
      },
    ],
    items: items.map((id) => ({ id, responseSet: "yes_no" })),
    scores: [
      { id: "total", name: text("Total"), method: "sum", items: items.slice(0, 6) },
      { id: "validity", name: text("Validity"), method: "sum", items: ["v1", "v2"] },
    ],
    flags: [
      {
        id: "t1_yes",
        kind: "acute",
        source: "instrument",
        when: { item: "t1", op: "==", value: 1 },
        message: text("t1 yes"),
      },
      {
        id: "t2_yes",
        kind: "critical",
        source: "instrument",
        when: { item: "t2", op: "==", value: 1 },
        message: text("t2 yes"),
      },
      {
        id: "validity",
        kind: "invalid",
        source: "instrument",
        when: { score: "validity", op: ">=", value: 2 },
        message: text("validity"),
      },
      {
        id: "total_high",
        kind: "positive",
        source: "instrument",
        when: { score: "total", op: ">=", value: 4 },
        message: text("total high"),
      },
    ],
  });
  if (!result.success) throw new Error("test scale invalid", { cause: result.issues });
  return result.data;
})();
