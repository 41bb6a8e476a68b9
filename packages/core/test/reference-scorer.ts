// An independent, deliberately plain interpreter of the scoring rules, row by row, for
// differential tests against the compiled engine. It shares no code with src/ but the
// types, and uses mathjs's own evaluator for formulas.
import { evaluate } from "mathjs";
import type { ScaleDefinition } from "../src/index";

function allowedValues(def: ScaleDefinition, itemId: string): (v: number) => boolean {
  const item = def.items.find((i) => i.id === itemId)!;
  const set = def.responseSets.find((s) => s.id === item.responseSet)!;
  if (set.kind === "choice") return (v) => set.options.some((o) => o.value === v);
  return (v) =>
    v >= (set.min ?? -Infinity) &&
    v <= (set.max ?? Infinity) &&
    (!set.integer || Number.isInteger(v));
}

function bounds(def: ScaleDefinition, itemId: string): [number, number] {
  const item = def.items.find((i) => i.id === itemId)!;
  const set = def.responseSets.find((s) => s.id === item.responseSet)!;
  if (set.kind === "choice") {
    const values = set.options.map((o) => o.value);
    return [Math.min(...values), Math.max(...values)];
  }
  return [set.min!, set.max!];
}

function round(x: number, digits: number, mode: "half-up" | "half-even"): number {
  // exact decimal reasoning through strings, as a hand calculation would do it
  const f = 10 ** digits;
  const scaled = Number((x * f).toPrecision(12));
  const floor = Math.floor(scaled);
  const frac = Number((scaled - floor).toPrecision(12));
  if (frac === 0.5) return (mode === "half-up" || floor % 2 !== 0 ? floor + 1 : floor) / f;
  return Math.round(scaled) / f;
}

/** Scores one row by reading the definition directly. */
export function referenceScores(
  def: ScaleDefinition,
  answers: Record<string, number | null>,
): Record<string, number | null> {
  const valid: Record<string, number> = {};
  for (const item of def.items) {
    const v = answers[item.id];
    if (typeof v === "number" && Number.isFinite(v) && allowedValues(def, item.id)(v))
      valid[item.id] = v;
  }
  const out: Record<string, number | null> = {};
  const keyed = (id: string) => {
    const item = def.items.find((i) => i.id === id)!;
    const [lo, hi] = bounds(def, id);
    const v = valid[id]!;
    return (item.reverse ? lo + hi - v : v) * item.weight;
  };
  for (const score of def.scores) {
    let value: number | null = null;
    if (score.method === "formula") {
      const scope: Record<string, number> = {};
      let ok = true;
      for (const [k, v] of Object.entries(out)) {
        if (score.formula.match(new RegExp(`\\b${k}\\b`))) {
          if (v === null) ok = false;
          else scope[k] = v;
        }
      }
      for (const item of def.items) {
        if (score.formula.match(new RegExp(`\\b${item.id}\\b`))) {
          if (valid[item.id] === undefined) ok = false;
          else scope[item.id] = valid[item.id]!;
        }
      }
      value = ok ? Number(evaluate(score.formula, scope)) : null;
    } else {
      const answered = score.items.filter((id) => valid[id] !== undefined);
      const minAnswered = score.missing?.minAnswered ?? score.items.length;
      if (answered.length >= minAnswered && answered.length > 0) {
        if (score.method === "count") {
          value = answered.filter((id) => {
            const x = valid[id]!;
            const v = score.value;
            return {
              ">=": x >= v,
              ">": x > v,
              "<=": x <= v,
              "<": x < v,
              "==": x === v,
              "!=": x !== v,
            }[score.op];
          }).length;
        } else {
          const sum = answered.reduce((acc, id) => acc + keyed(id), 0);
          if (score.method === "mean") value = sum / answered.length;
          else if (
            answered.length < score.items.length &&
            (score.missing?.method ?? "prorate") === "prorate"
          ) {
            value = (sum / answered.length) * score.items.length;
            const r = score.missing?.rounding;
            if (r) value = round(value, r.digits, r.mode);
          } else value = sum;
        }
      }
    }
    if (value !== null && score.transform)
      value = value * score.transform.multiply + score.transform.add;
    if (value !== null && score.rounding)
      value = round(value, score.rounding.digits, score.rounding.mode);
    if (value !== null && !Number.isFinite(value)) value = null;
    out[score.id] = value;
  }
  return out;
}
