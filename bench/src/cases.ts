import { type BatchResult, type ScaleDefinition, scoreBatch, scoreResponse } from "@psyscreen/core";
import fhirpath from "fhirpath";
import r4 from "fhirpath/fhir-context/r4";
import { all, create } from "mathjs";
import { ExpressionRunner } from "survey-core";
import { GAD_ITEMS, PHQ_ITEMS, type RespondentRow, type Workload } from "./workload";

/** Totals per respondent; NaN = no total. */
export interface Totals {
  phq: ArrayLike<number>;
  gad: ArrayLike<number>;
}

/** One benchmark case: `run` scores `respondents` respondents once. */
export interface BenchCase {
  name: string;
  respondents: number;
  /** What one call does, for the README table. */
  note: string;
  run(): void;
  /** The totals of the last `run`. */
  totals(): Totals;
}

export const HAND_LOOP = "hand loop, typed-array columns";

/**
 * The baseline: hand-written scoring of PHQ-9 + GAD-7 over typed-array columns —
 * totals, bands, item-9 flag, PHQ-9 prorated (mean × 9, half up) with ≤ 2 missing,
 * GAD-7 null with any missing.
 */
export function handLoopCase(w: Workload, respondents: number): BenchCase {
  const [p1, p2, p3, p4, p5, p6, p7, p8, p9] = PHQ_ITEMS.map((id) => w.phq[id]!);
  const [g1, g2, g3, g4, g5, g6, g7] = GAD_ITEMS.map((id) => w.gad[id]!);
  const phqTotal = new Float64Array(respondents);
  const phqBand = new Int8Array(respondents);
  const phqProrated = new Uint8Array(respondents);
  const item9 = new Uint8Array(respondents);
  const gadTotal = new Float64Array(respondents);
  const gadBand = new Int8Array(respondents);
  return {
    name: HAND_LOOP,
    respondents,
    note: "totals, bands, item-9 flag, prorating; written for PHQ-9 + GAD-7 only",
    run() {
      for (let r = 0; r < respondents; r++) {
        const a1 = p1![r]!;
        const a2 = p2![r]!;
        const a3 = p3![r]!;
        const a4 = p4![r]!;
        const a5 = p5![r]!;
        const a6 = p6![r]!;
        const a7 = p7![r]!;
        const a8 = p8![r]!;
        const a9 = p9![r]!;
        let sum = 0;
        let n = 0;
        // a skipped answer (NaN) adds nothing and is not counted
        if (!Number.isNaN(a1)) {
          sum += a1;
          n++;
        }
        if (!Number.isNaN(a2)) {
          sum += a2;
          n++;
        }
        if (!Number.isNaN(a3)) {
          sum += a3;
          n++;
        }
        if (!Number.isNaN(a4)) {
          sum += a4;
          n++;
        }
        if (!Number.isNaN(a5)) {
          sum += a5;
          n++;
        }
        if (!Number.isNaN(a6)) {
          sum += a6;
          n++;
        }
        if (!Number.isNaN(a7)) {
          sum += a7;
          n++;
        }
        if (!Number.isNaN(a8)) {
          sum += a8;
          n++;
        }
        if (!Number.isNaN(a9)) {
          sum += a9;
          n++;
        }
        let total = Number.NaN;
        let band = -1;
        if (n === 9) total = sum;
        else if (n >= 7) total = Math.floor((sum * 9) / n + 0.5);
        if (!Number.isNaN(total)) {
          band = total >= 20 ? 4 : total >= 15 ? 3 : total >= 10 ? 2 : total >= 5 ? 1 : 0;
        }
        phqTotal[r] = total;
        phqBand[r] = band;
        phqProrated[r] = n === 7 || n === 8 ? 1 : 0;
        item9[r] = a9 >= 1 ? 1 : 0;
        const g = g1![r]! + g2![r]! + g3![r]! + g4![r]! + g5![r]! + g6![r]! + g7![r]!;
        gadTotal[r] = g;
        gadBand[r] = !Number.isNaN(g) ? (g >= 15 ? 3 : g >= 10 ? 2 : g >= 5 ? 1 : 0) : -1;
      }
    },
    totals: () => ({ phq: phqTotal, gad: gadTotal }),
  };
}

export const SCORE_BATCH = "scoreBatch, columns";
export const SCORE_BATCH_REUSED = "scoreBatch, columns, reused output arrays";

/**
 * `scoreBatch` over the columns, PHQ-9 then GAD-7 (everything the engine computes):
 * allocating its output arrays on every call, or (`reuse`) overwriting the previous
 * call's through `into`, as the hand loop overwrites arrays it allocated once.
 */
export function scoreBatchCase(
  w: Workload,
  phq9: ScaleDefinition,
  gad7: ScaleDefinition,
  respondents: number,
  reuse = false,
): BenchCase {
  let phq: BatchResult | undefined;
  let gad: BatchResult | undefined;
  return {
    name: reuse ? SCORE_BATCH_REUSED : SCORE_BATCH,
    respondents,
    note: reuse
      ? "as above, writing into the previous call's arrays (`into`), as the hand loop does"
      : "all scores, bands, flags and engine flags, per-row invalid counts; new arrays each call",
    run() {
      phq = scoreBatch(phq9, w.phq, { rows: respondents, ...(reuse && phq ? { into: phq } : {}) });
      gad = scoreBatch(gad7, w.gad, { rows: respondents, ...(reuse && gad ? { into: gad } : {}) });
    },
    totals: () => ({ phq: phq?.scores.total?.value ?? [], gad: gad?.scores.total?.value ?? [] }),
  };
}

/** `scoreResponse` per respondent on row objects (full results with flags and issues). */
export function scoreResponseCase(
  rows: RespondentRow[],
  phq9: ScaleDefinition,
  gad7: ScaleDefinition,
): BenchCase {
  const n = rows.length;
  const phqTotal = new Float64Array(n);
  const gadTotal = new Float64Array(n);
  return {
    name: "scoreResponse, per respondent",
    respondents: n,
    note: "full result objects: scores, bands, flags with trace, issues",
    run() {
      for (let r = 0; r < n; r++) {
        const row = rows[r]!;
        phqTotal[r] = scoreResponse(phq9, row.phq).scores.total!.value ?? Number.NaN;
        gadTotal[r] = scoreResponse(gad7, row.gad).scores.total!.value ?? Number.NaN;
      }
    },
    totals: () => ({ phq: phqTotal, gad: gadTotal }),
  };
}

/** mathjs: one expression, compiled once, evaluated per respondent with a Map scope. */
export function mathjsCase(rows: RespondentRow[]): BenchCase {
  const math = create(all!, { number: "number" });
  const phqNaN = PHQ_ITEMS.map((id) => `isNaN(${id})`).join(" + ");
  const phqSum = PHQ_ITEMS.map((id) => `(isNaN(${id}) ? 0 : ${id})`).join(" + ");
  const expression = [
    `pa = 9 - (${phqNaN})`,
    `ps = ${phqSum}`,
    "phq = pa == 9 ? ps : (pa >= 7 ? floor(ps * 9 / pa + 0.5) : NaN)",
    `gad = ${GAD_ITEMS.join(" + ")}`,
  ].join("; ");
  const compiled = math.compile(expression);
  const n = rows.length;
  const phqTotal = new Float64Array(n);
  const gadTotal = new Float64Array(n);
  const scope = new Map<string, unknown>();
  return {
    name: "mathjs, compiled expression per respondent",
    respondents: n,
    note: "totals only (PHQ-9 prorated, GAD-7 all-or-none); no bands or flags",
    run() {
      for (let r = 0; r < n; r++) {
        const row = rows[r]!;
        for (const id of PHQ_ITEMS) scope.set(id, row.phq[id] ?? Number.NaN);
        for (const id of GAD_ITEMS) scope.set(id, row.gad[id] ?? Number.NaN);
        compiled.evaluate(scope);
        phqTotal[r] = scope.get("phq") as number;
        gadTotal[r] = scope.get("gad") as number;
      }
    },
    totals: () => ({ phq: phqTotal, gad: gadTotal }),
  };
}

/** SurveyJS: one `ExpressionRunner` per total, run per respondent on the row object. */
export function surveyJsCase(rows: RespondentRow[]): BenchCase {
  const vars = (ids: string[]) => ids.map((id) => `{${id}}`).join(", ");
  const answered = PHQ_ITEMS.map((id) => `iif({${id}} notempty, 1, 0)`).join(" + ");
  const s = `sum(${vars(PHQ_ITEMS)})`;
  const phqRunner = new ExpressionRunner(
    `iif((${answered}) = 9, ${s}, iif((${answered}) >= 7, round(${s} * 9 / (${answered})), ''))`,
  );
  const gadRunner = new ExpressionRunner(
    `iif(${GAD_ITEMS.map((id) => `{${id}} notempty`).join(" and ")}, sum(${vars(GAD_ITEMS)}), '')`,
  );
  const n = rows.length;
  const phqTotal = new Float64Array(n);
  const gadTotal = new Float64Array(n);
  const num = (v: unknown): number => (typeof v === "number" ? v : Number.NaN);
  return {
    name: "SurveyJS ExpressionRunner per respondent",
    respondents: n,
    note: "totals only (PHQ-9 prorated, GAD-7 all-or-none); no bands or flags",
    run() {
      for (let r = 0; r < n; r++) {
        const row = rows[r]!;
        phqTotal[r] = num(phqRunner.runValues(row.phq));
        gadTotal[r] = num(gadRunner.runValues(row.gad));
      }
    },
    totals: () => ({ phq: phqTotal, gad: gadTotal }),
  };
}

/**
 * fhirpath.js with the R4 model, as FHIR SDC forms (LHC-Forms) score: two compiled
 * expressions per respondent over a QuestionnaireResponse built beforehand.
 */
export function fhirpathCase(rows: RespondentRow[]): BenchCase {
  const phqExpr =
    "defineVariable('v', item.where(linkId.matches('^phq9_[1-9]$')).answer.value)" +
    ".select(iif(%v.count() = 9, %v.sum(), iif(%v.count() >= 7, (%v.sum() * 9 / %v.count() + 0.5).floor(), {})))";
  const gadExpr =
    "defineVariable('v', item.where(linkId.startsWith('gad7_')).answer.value)" +
    ".select(iif(%v.count() = 7, %v.sum(), {}))";
  const phqFn = fhirpath.compile(phqExpr, r4);
  const gadFn = fhirpath.compile(gadExpr, r4);
  const resources = rows.map((row) => ({
    resourceType: "QuestionnaireResponse",
    status: "completed",
    item: Object.entries({ ...row.phq, ...row.gad }).map(([linkId, v]) =>
      v === null ? { linkId } : { linkId, answer: [{ valueInteger: v }] },
    ),
  }));
  const n = rows.length;
  const phqTotal = new Float64Array(n);
  const gadTotal = new Float64Array(n);
  const first = (out: unknown[]): number => (typeof out[0] === "number" ? out[0] : Number.NaN);
  return {
    name: "fhirpath.js per respondent",
    respondents: n,
    note: "totals only (PHQ-9 prorated, GAD-7 all-or-none); no bands or flags",
    run() {
      for (let r = 0; r < n; r++) {
        const resource = resources[r]!;
        phqTotal[r] = first(phqFn(resource) as unknown[]);
        gadTotal[r] = first(gadFn(resource) as unknown[]);
      }
    },
    totals: () => ({ phq: phqTotal, gad: gadTotal }),
  };
}
