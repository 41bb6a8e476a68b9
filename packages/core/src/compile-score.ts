import type { ScaleAnalysis } from "./analyze-scale";
import { compare } from "./check-flags";
import { compileFormula } from "./compile-formula";
import { roundValue } from "./round-value";
import { ItemStatus, ReasonCode, type RowState } from "./row-state";
import type { ScaleDefinition } from "./scale-definition-schema";
import type { ScoreDefinition } from "./score-schema";

/** Computes one score of the row in place. */
export type ScoreEvaluator = (state: RowState) => void;

/**
 * Compiles one score into an evaluator once: the item indices, rules and formula are
 * fixed in a closure, so a row runs a tight loop over typed arrays.
 */
export function compileScore(
  def: ScaleDefinition,
  analysis: ScaleAnalysis,
  k: number,
): ScoreEvaluator {
  const score = def.scores[k]!;
  const finish = finisher(score);
  switch (score.method) {
    case "sum":
    case "mean": {
      const items = Int32Array.from(score.items, (id) => analysis.itemIndex.get(id)!);
      const n = items.length;
      const minAnswered = Math.max(1, score.missing?.minAnswered ?? n);
      const isMean = score.method === "mean";
      const prorate = !isMean && (score.missing?.method ?? "prorate") === "prorate";
      const prorateRounding = score.missing?.rounding;
      return (st) => {
        let sum = 0;
        let answered = 0;
        for (let j = 0; j < n; j++) {
          const v = st.keyed[items[j]!]!;
          if (!Number.isNaN(v)) {
            sum += v;
            answered++;
          }
        }
        st.answered[k] = answered;
        st.prorated[k] = 0;
        if (answered < minAnswered) return setNull(st, k, ReasonCode.tooManyMissing);
        let value: number;
        if (isMean) value = sum / answered;
        else if (prorate && answered < n) {
          // sum × n / answered: the division comes last, so an exact .5 stays exact
          value = (sum * n) / answered;
          if (prorateRounding !== undefined) value = roundValue(value, prorateRounding);
          st.prorated[k] = 1;
        } else value = sum;
        setValue(st, k, finish(value));
      };
    }
    case "count": {
      const items = Int32Array.from(score.items, (id) => analysis.itemIndex.get(id)!);
      const n = items.length;
      const minAnswered = score.missing?.minAnswered ?? n;
      const { op, value: threshold } = score;
      return (st) => {
        let count = 0;
        let answered = 0;
        for (let j = 0; j < n; j++) {
          const i = items[j]!;
          if (st.status[i] === ItemStatus.valid) {
            answered++;
            if (compare(st.raw[i]!, op, threshold)) count++;
          }
        }
        st.answered[k] = answered;
        st.prorated[k] = 0;
        if (answered < minAnswered) return setNull(st, k, ReasonCode.tooManyMissing);
        setValue(st, k, finish(count));
      };
    }
    case "formula": {
      const node = analysis.formulas[k]!;
      const scoreDeps: number[] = [];
      const itemDeps: number[] = [];
      const formula = compileFormula<RowState>(node, (name) => {
        const s = analysis.scoreIndex.get(name);
        if (s !== undefined) {
          scoreDeps.push(s);
          return (st) => st.value[s]!;
        }
        const i = analysis.itemIndex.get(name)!;
        itemDeps.push(i);
        return (st) => st.raw[i]!;
      });
      return (st) => {
        st.answered[k] = 0;
        st.prorated[k] = 0;
        for (const s of scoreDeps) {
          if (Number.isNaN(st.value[s]!)) return setNull(st, k, ReasonCode.dependencyMissing);
        }
        for (const i of itemDeps) {
          if (st.status[i] !== ItemStatus.valid)
            return setNull(st, k, ReasonCode.dependencyMissing);
        }
        setValue(st, k, finish(formula(st)));
      };
    }
  }
}

function setNull(st: RowState, k: number, reason: number): void {
  st.value[k] = Number.NaN;
  st.reason[k] = reason;
}

function setValue(st: RowState, k: number, value: number): void {
  if (Number.isFinite(value)) {
    st.value[k] = value;
    st.reason[k] = ReasonCode.none;
  } else setNull(st, k, ReasonCode.notFinite);
}

/** The transform, then the rounding, of a score. */
function finisher(score: ScoreDefinition): (value: number) => number {
  const multiply = score.transform?.multiply ?? 1;
  const add = score.transform?.add ?? 0;
  const rounding = score.rounding;
  if (rounding === undefined) return (v) => v * multiply + add;
  return (v) => roundValue(v * multiply + add, rounding);
}
