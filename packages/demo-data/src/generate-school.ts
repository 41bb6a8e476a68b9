import type { ScaleDefinition } from "@psyscreen/core";
import {
  type AgeBand,
  type CampaignInput,
  type CensusResponse,
  CN_K12,
  CN_UNIVERSITY,
  type FamilyFlag,
  type RegionProfileInput,
  type Roster,
  type RosterStudent,
} from "@psyscreen/registry";
import { getScale } from "@psyscreen/scales";
import { createRandom, type Random } from "./create-random";
import { DEMO_RATES } from "./demo-rates";
import { generateAnswers } from "./generate-answers";
import { k12Places, universityPlaces } from "./school-places";

/** Options of `generateSchool`. */
export interface GenerateSchoolOptions {
  /** The seed: the same options always give the same school. Default 1. */
  seed?: number | string;
  /** `k12`: grades 1–9 of a nine-year school; `university`: four years. Default `k12`. */
  kind?: "k12" | "university";
  /** The census term, e.g. `2026-2027-2`. The same seed in two terms gives the same
   *  students, with outcomes that partly persist. Default `2026-2027-1`. */
  term?: string;
  /** K-12: classes per grade (default 6); university: per department and year (default 3). */
  classesPerGrade?: number;
  /** Students per class: default 40 (K-12) or 30 (university). */
  classSize?: number;
  /** University only: departments, default 6. */
  departments?: number;
}

/** A synthetic school, ready for `runCensus`. */
export interface DemoSchool {
  kind: "k12" | "university";
  /** The preset profile the school runs under (`cn-k12` or `cn-university`). */
  profile: RegionProfileInput;
  campaign: CampaignInput;
  roster: Roster;
  responses: CensusResponse[];
  /** The definitions of the campaign's scales. */
  scales: ScaleDefinition[];
  /** Obviously fake display names, kept apart from the roster as a school would. */
  names: Record<string, { en: string; "zh-CN": string }>;
}

const DAY = 86_400_000;

function ageBand(age: number): AgeBand {
  return age < 14 ? "under-14" : age < 18 ? "14-17" : "18-plus";
}

function window(term: string): { start: string; end: string } {
  const [first, second, n] = term.split("-").map(Number) as [number, number, number];
  return n === 1
    ? { start: `${first}-09-14T00:00:00+08:00`, end: `${first}-09-30T23:59:59+08:00` }
    : { start: `${second}-03-09T00:00:00+08:00`, end: `${second}-03-25T23:59:59+08:00` };
}

function sheetTimes(random: Random, start: string, items: number, tooFast: boolean) {
  const day = random.int(12);
  const second = 8 * 3600 + random.int(8 * 3600);
  const begin = Date.parse(start) + day * DAY + second * 1000;
  const [low, high] = DEMO_RATES.secondsPerItem;
  const perItem = tooFast ? 0.5 + random.next() : low + random.next() * (high - low);
  const end = begin + Math.round(perItem * items * 1000);
  return { startedAt: new Date(begin).toISOString(), finishedAt: new Date(end).toISOString() };
}

/**
 * Generates a synthetic school and one census of it: a roster of a few thousand
 * students with their units at each tier of the preset (K-12: class → grade → school;
 * university: dorm → class → department → school), a campaign, and sheets — most
 * completed, some absent, refused, exempt or never reached, some answered too fast,
 * straight-lined or with an item skipped. Seeded and deterministic; ids (`s0001`) and
 * names ("Student 0001", "学生0001") are obviously fake. Rates: `DEMO_RATES`
 * (illustrative).
 *
 * K-12 battery: grades 1–3 are not screened (lower primary, domain-research.md §3.2),
 * grades 4–6 answer PHQ-2 and GAD-2, grades 7–9 PHQ-9 and GAD-7 — a demonstration, not
 * a recommendation (see the scales' READMEs on their use with children).
 *
 * @param options - seed, kind, term and sizes
 * @returns the school
 * @example
 * generateSchool({ seed: 7 }).roster.students.length // => 2160
 */
export function generateSchool(options: GenerateSchoolOptions = {}): DemoSchool {
  const seed = String(options.seed ?? 1);
  const kind = options.kind ?? "k12";
  const term = options.term ?? "2026-2027-1";
  const places =
    kind === "k12"
      ? k12Places(options.classesPerGrade ?? 6, options.classSize ?? 40)
      : universityPlaces(
          options.departments ?? 6,
          options.classesPerGrade ?? 3,
          options.classSize ?? 30,
          seed,
        );
  const battery: Record<string, string[]> =
    kind === "k12"
      ? {
          g4: ["phq-2", "gad-2"],
          g5: ["phq-2", "gad-2"],
          g6: ["phq-2", "gad-2"],
          g7: ["phq-9", "gad-7"],
          g8: ["phq-9", "gad-7"],
          g9: ["phq-9", "gad-7"],
        }
      : {
          y1: ["phq-9", "gad-7"],
          y2: ["phq-9", "gad-7"],
          y3: ["phq-9", "gad-7"],
          y4: ["phq-9", "gad-7"],
        };
  const scaleIds = [...new Set(Object.values(battery).flat())];
  const scales = scaleIds.map((id) => getScale(id));
  const campaign: CampaignInput = {
    id: `census-${term}`,
    term,
    scales: battery,
    window: window(term),
    targetCoverage: 0.95,
  };
  const year = Number(term.slice(0, 4));

  const students: RosterStudent[] = [];
  const responses: CensusResponse[] = [];
  const names: DemoSchool["names"] = {};
  places.forEach((place, k) => {
    const number = String(k + 1).padStart(4, "0");
    const studentId = `s${number}`;
    names[studentId] = { en: `Student ${number}`, "zh-CN": `学生${number}` };
    const lasting = createRandom(`${seed}:${studentId}`);
    const now = createRandom(`${seed}:${term}:${studentId}`);
    const age = place.age + lasting.int(2);
    const familyFlags = (Object.keys(DEMO_RATES.family) as (keyof typeof DEMO_RATES.family)[])
      .filter((flag) => lasting.chance(DEMO_RATES.family[flag]))
      .filter((flag) => kind === "k12" || flag !== "left-behind-both") as FamilyFlag[];
    const student: RosterStudent = {
      studentId,
      units: place.units,
      grade: place.grade,
      sex: lasting.chance(0.5) ? "female" : "male",
      birthYear: year - age,
      ageBand: ageBand(age),
    };
    if (familyFlags.length > 0) student.familyFlags = familyFlags;
    students.push(student);

    const base = lasting.weighted(DEMO_RATES.latent);
    const level = now.chance(DEMO_RATES.stability) ? base : now.weighted(DEMO_RATES.latent);
    const ids = battery[place.grade];
    if (ids === undefined) return;
    const reason = now.weighted([
      DEMO_RATES.absent,
      DEMO_RATES.refused,
      DEMO_RATES.exempt,
      DEMO_RATES.notReached,
      1 - DEMO_RATES.absent - DEMO_RATES.refused - DEMO_RATES.exempt - DEMO_RATES.notReached,
    ]);
    if (reason < 3) {
      responses.push({ studentId, status: (["absent", "refused", "exempt"] as const)[reason]! });
      return;
    }
    if (reason === 3) return;
    const count = now.chance(DEMO_RATES.partial) ? 1 : ids.length;
    for (const scale of scales.filter((s) => ids.slice(0, count).includes(s.id))) {
      const answers: Record<string, number | null> = generateAnswers(scale, level, now);
      if (now.chance(DEMO_RATES.straightLined)) {
        const value = 1 + now.int(3);
        for (const id of Object.keys(answers)) answers[id] = value;
      }
      if (now.chance(DEMO_RATES.skippedItem)) {
        const items = Object.keys(answers);
        answers[items[now.int(items.length)]!] = null;
      }
      const times = sheetTimes(
        now,
        campaign.window.start,
        scale.items.length,
        now.chance(DEMO_RATES.tooFast),
      );
      responses.push({ studentId, scaleId: scale.id, status: "completed", answers, ...times });
    }
  });

  return {
    kind,
    profile: kind === "k12" ? CN_K12 : CN_UNIVERSITY,
    campaign,
    roster: { students },
    responses,
    scales,
    names,
  };
}
