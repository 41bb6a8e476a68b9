import { type BatchResult, type ScaleDefinition, scoreBatch, scoreResponse } from "@psyscreen/core";
import { all, create } from "mathjs";
import { SCL90_ITEMS, type Scl90Workload } from "./workload-scl90";

export const SCL90_GROUP = "in memory: SCL-90 per respondent";
export const SCL90_HAND_LOOP = "SCL-90 hand loop, typed-array columns";
export const SCL90_SCORE_BATCH = "SCL-90 scoreBatch, columns, reused output arrays";
export const SCL90_SCORE_RESPONSE = "SCL-90 scoreResponse, per respondent";
export const SCL90_MATHJS = "SCL-90 mathjs, compiled expression per respondent";

/** One SCL-90 case: `run` scores `respondents` respondents once. */
export interface Scl90Case {
  name: string;
  respondents: number;
  note: string;
  run(): void;
  /** Score and flag id → the last run's values (NaN = null; flags 0/1), for the check. */
  values(): Record<string, ArrayLike<number>>;
}

/**
 * The SCL-90's factors, item numbers as in scales/scl-90/scale.json and its README
 * (awell-score's factor table; SCALES.md §21), written out by hand as a user would.
 * The last one is the additional items (not a factor of the screening rule).
 */
const FACTORS: readonly (readonly [string, readonly number[]])[] = [
  ["somatization", [1, 4, 12, 27, 40, 42, 48, 49, 52, 53, 56, 58]],
  ["obsessive_compulsive", [3, 9, 10, 28, 38, 45, 46, 51, 55, 65]],
  ["interpersonal_sensitivity", [6, 21, 34, 36, 37, 41, 61, 69, 73]],
  ["depression", [5, 14, 15, 20, 22, 26, 29, 30, 31, 32, 54, 71, 79]],
  ["anxiety", [2, 17, 23, 33, 39, 57, 72, 78, 80, 86]],
  ["hostility", [11, 24, 63, 67, 74, 81]],
  ["phobic_anxiety", [13, 25, 47, 50, 70, 75, 82]],
  ["paranoid_ideation", [8, 18, 43, 68, 76, 83]],
  ["psychoticism", [7, 16, 35, 62, 77, 84, 85, 87, 88, 90]],
  ["additional", [19, 44, 59, 60, 64, 66, 89]],
];
/** Nine factors take part in the screening rule; the additional items do not. */
const SCREENED_FACTORS = 9;

/**
 * The baseline: hand-written SCL-90 scoring over typed-array columns, row by row —
 * the ten factor means, total, GSI, positive and negative counts, PSDI (null without
 * a positive item), the screening flag (total > 160, positive > 43, a factor mean ≥ 2),
 * the item 59 and 15 flags (≥ 2), `incomplete` and `critical_item_unanswered`. Every
 * score needs all its items (scales/scl-90/README.md, "Missing items"). It trusts its
 * input to be 1–5 or NaN (no range check), as hand-written code does.
 */
export function scl90HandLoopCase(w: Scl90Workload, respondents: number): Scl90Case {
  const cols = SCL90_ITEMS.map((id) => w.columns[id]!);
  const factorOf = new Uint8Array(90);
  const factorSize = new Float64Array(FACTORS.length);
  FACTORS.forEach(([, items], f) => {
    for (const n of items) factorOf[n - 1] = f;
    factorSize[f] = items.length;
  });
  const means = FACTORS.map(() => new Float64Array(respondents));
  const total = new Float64Array(respondents);
  const gsi = new Float64Array(respondents);
  const positive = new Float64Array(respondents);
  const negative = new Float64Array(respondents);
  const psdi = new Float64Array(respondents);
  const screen = new Uint8Array(respondents);
  const death = new Uint8Array(respondents);
  const endingLife = new Uint8Array(respondents);
  const incomplete = new Uint8Array(respondents);
  const unanswered = new Uint8Array(respondents);
  const sums = new Float64Array(FACTORS.length);
  const skipped = new Uint8Array(FACTORS.length);
  const item59 = cols[58]!;
  const item15 = cols[14]!;
  return {
    name: SCL90_HAND_LOOP,
    respondents,
    note: "15 scores, screening rule, 2 item flags, incomplete; written for the SCL-90 only",
    run() {
      for (let r = 0; r < respondents; r++) {
        sums.fill(0);
        skipped.fill(0);
        let pos = 0;
        let neg = 0;
        let missing = 0;
        for (let i = 0; i < 90; i++) {
          const x = cols[i]![r]!;
          const f = factorOf[i]!;
          if (Number.isNaN(x)) {
            // skipped (NaN): the item's factor and every whole-scale score are null
            skipped[f] = 1;
            missing++;
            continue;
          }
          sums[f] = sums[f]! + x;
          if (x >= 2) pos++;
          else if (x === 1) neg++;
        }
        let sum = 0;
        let factorPositive = false;
        for (let f = 0; f < FACTORS.length; f++) {
          sum += sums[f]!;
          const mean = skipped[f] ? Number.NaN : sums[f]! / factorSize[f]!;
          means[f]![r] = mean;
          if (f < SCREENED_FACTORS && mean >= 2) factorPositive = true;
        }
        const t = missing > 0 ? Number.NaN : sum;
        const p = missing > 0 ? Number.NaN : pos;
        total[r] = t;
        gsi[r] = t / 90;
        positive[r] = p;
        negative[r] = missing > 0 ? Number.NaN : neg;
        psdi[r] = p > 0 ? (t - neg) / p : Number.NaN;
        screen[r] = t > 160 || p > 43 || factorPositive ? 1 : 0;
        const a59 = item59[r]!;
        const a15 = item15[r]!;
        death[r] = a59 >= 2 ? 1 : 0;
        endingLife[r] = a15 >= 2 ? 1 : 0;
        incomplete[r] = missing > 0 ? 1 : 0;
        unanswered[r] = Number.isNaN(a59) || Number.isNaN(a15) ? 1 : 0;
      }
    },
    values: () => ({
      ...Object.fromEntries(FACTORS.map(([id], f) => [id, means[f]!])),
      total,
      gsi,
      positive_items: positive,
      negative_items: negative,
      psdi,
      screen_positive: screen,
      thoughts_of_death: death,
      thoughts_of_ending_life: endingLife,
      incomplete,
      critical_item_unanswered: unanswered,
    }),
  };
}

/** Every score value and flag of a `scoreBatch` result, by id. */
export function batchValues(result: BatchResult): Record<string, ArrayLike<number>> {
  return {
    ...Object.fromEntries(Object.entries(result.scores).map(([id, s]) => [id, s.value])),
    ...result.flags,
  };
}

/** `scoreBatch` over the 90 columns, overwriting the previous call's arrays (`into`). */
export function scl90ScoreBatchCase(
  w: Scl90Workload,
  scl90: ScaleDefinition,
  respondents: number,
): Scl90Case {
  let result: BatchResult | undefined;
  return {
    name: SCL90_SCORE_BATCH,
    respondents,
    note: "everything the engine computes (also range checks, answered counts, reasons), into the previous call's arrays",
    run() {
      result = scoreBatch(scl90, w.columns, {
        rows: respondents,
        ...(result ? { into: result } : {}),
      });
    },
    values: () => (result ? batchValues(result) : {}),
  };
}

/** `scoreResponse` per respondent on answer objects (full result objects). */
export function scl90ScoreResponseCase(
  rows: Record<string, number | null>[],
  scl90: ScaleDefinition,
): Scl90Case {
  const n = rows.length;
  const total = new Float64Array(n);
  const screen = new Uint8Array(n);
  return {
    name: SCL90_SCORE_RESPONSE,
    respondents: n,
    note: "full result objects: 15 scores, flags with trace, issues",
    run() {
      for (let r = 0; r < n; r++) {
        const result = scoreResponse(scl90, rows[r]!);
        total[r] = result.scores.total!.value ?? Number.NaN;
        screen[r] = result.flags.some((f) => f.id === "screen_positive") ? 1 : 0;
      }
    },
    values: () => ({ total, screen_positive: screen }),
  };
}

/** mathjs: one expression for the total and the GSI, compiled once, per respondent. */
export function scl90MathjsCase(rows: Record<string, number | null>[]): Scl90Case {
  const math = create(all!, { number: "number" });
  // a skipped answer is NaN, so the sum is NaN (null) as the SCL-90's total is
  const compiled = math.compile(`total = ${SCL90_ITEMS.join(" + ")}; gsi = total / 90`);
  const n = rows.length;
  const total = new Float64Array(n);
  const gsi = new Float64Array(n);
  const scope = new Map<string, unknown>();
  return {
    name: SCL90_MATHJS,
    respondents: n,
    note: "total and GSI only; no factors, counts, PSDI or flags",
    run() {
      for (let r = 0; r < n; r++) {
        const row = rows[r]!;
        for (const id of SCL90_ITEMS) scope.set(id, row[id] ?? Number.NaN);
        compiled.evaluate(scope);
        total[r] = scope.get("total") as number;
        gsi[r] = scope.get("gsi") as number;
      }
    },
    values: () => ({ total, gsi }),
  };
}

/**
 * Throws unless every value `got` holds equals `want`'s for the case's rows (NaN equals
 * NaN; a flag compares as 0/1); returns how many values were compared.
 */
export function expectSameValues(
  name: string,
  got: Record<string, ArrayLike<number>>,
  want: Record<string, ArrayLike<number>>,
  rows: number,
): number {
  let compared = 0;
  for (const [id, values] of Object.entries(got)) {
    const reference = want[id];
    if (reference === undefined) throw new Error(`${name}: scoreBatch has no ${id}`);
    for (let r = 0; r < rows; r++) {
      const a = values[r]!;
      const b = reference[r]!;
      if (!(a === b || (Number.isNaN(a) && Number.isNaN(b))))
        throw new Error(`${name}: ${id} of respondent ${r} is ${a}, scoreBatch says ${b}`);
      compared++;
    }
  }
  return compared;
}
