import { getScale } from "@psyscreen/scales";
import { type CaseResult, ratio, timeSync } from "./measure";
import {
  expectSameValues,
  SCL90_GROUP,
  SCL90_HAND_LOOP,
  SCL90_MATHJS,
  SCL90_SCORE_RESPONSE,
  type Scl90Case,
  scl90HandLoopCase,
  scl90MathjsCase,
  scl90ScoreBatchCase,
  scl90ScoreResponseCase,
} from "./scl90-cases";
import { generateScl90Workload, scl90Rows } from "./workload-scl90";

/** Respondents per repetition: columnar cases, scoreResponse, mathjs; repetitions. */
export interface Scl90Sizes {
  fast: number;
  perRow: number;
  engines: number;
  n: number;
}

/** What the SCL-90 workload holds, for results/latest.json. */
export interface Scl90WorkloadSummary {
  seed: number;
  respondents: number;
  incomplete: number;
  screenPositive: number;
  psdiNull: number;
  note: string;
}

/**
 * The SCL-90 group: each case is checked against `scoreBatch` on its rows (every score
 * and flag the case computes) before it is timed, then timed; ratios to the hand loop.
 */
export async function scl90Group(
  sizes: Scl90Sizes,
): Promise<{ results: CaseResult[]; workload: Scl90WorkloadSummary }> {
  const scl90 = getScale("scl-90");
  const workload = generateScl90Workload(sizes.fast);
  const rows = scl90Rows(workload, Math.max(sizes.perRow, sizes.engines));
  const batch = scl90ScoreBatchCase(workload, scl90, sizes.fast);
  const cases: Scl90Case[] = [
    scl90HandLoopCase(workload, sizes.fast),
    batch,
    scl90ScoreResponseCase(rows.slice(0, sizes.perRow), scl90),
    scl90MathjsCase(rows.slice(0, sizes.engines)),
  ];
  batch.run();
  const want = batch.values();
  for (const c of cases) {
    if (c === batch) continue;
    c.run();
    expectSameValues(c.name, c.values(), want, c.respondents);
  }
  const count = (id: string, value: (v: number) => boolean) => {
    const values = want[id]!;
    let n = 0;
    for (let r = 0; r < sizes.fast; r++) if (value(values[r]!)) n++;
    return n;
  };
  const summary: Scl90WorkloadSummary = {
    seed: 20261129,
    respondents: sizes.fast,
    incomplete: count("incomplete", (v) => v === 1),
    screenPositive: count("screen_positive", (v) => v === 1),
    psdiNull: count("psdi", Number.isNaN),
    note: "SCL-90, 90 items 1-5 correlated through a latent severity, each skipped with p = 0.002",
  };

  const results: CaseResult[] = [];
  for (const c of cases) results.push(await timeSync(c, SCL90_GROUP, sizes.n));
  const medianOf = (name: string) => results.find((r) => r.name === name)?.median ?? Number.NaN;
  for (const r of results) {
    r.ratioTo[SCL90_HAND_LOOP] = ratio(r.median, medianOf(SCL90_HAND_LOOP));
    if (r.name === SCL90_SCORE_RESPONSE)
      r.ratioTo[SCL90_MATHJS] = ratio(r.median, medianOf(SCL90_MATHJS));
  }
  return { results, workload: summary };
}
