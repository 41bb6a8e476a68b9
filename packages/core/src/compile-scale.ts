import { analyzeScale, type ScaleAnalysis } from "./analyze-scale";
import { SAFETY_FLAG_KINDS } from "./check-flags";
import { type CompiledCondition, comparedItems, compileCondition } from "./compile-condition";
import { compileScore, type ScoreEvaluator } from "./compile-score";
import { IssueCollector } from "./issue-collector";
import { createRowState, ItemStatus, type RowState } from "./row-state";
import type { FlagDefinition, ScaleDefinition } from "./scale-definition-schema";
import { isValidatedScale, validateScale } from "./validate-scale";

/** How far below a band's min a value may fall (float error) and still reach it. */
export const BAND_TOLERANCE = 1e-9;
const EPSILON = BAND_TOLERANCE;

/** A flag rule compiled for scoring. */
export interface CompiledFlag {
  definition: FlagDefinition;
  test: CompiledCondition;
  /** For critical and acute flags: the items whose answer decides them. */
  safetyItems: Int32Array;
}

/**
 * A scale compiled once for scoring: every rule fixed in closures and typed arrays, so
 * each row is scored without reading the definition again.
 */
export interface CompiledScale {
  definition: ScaleDefinition;
  analysis: ScaleAnalysis;
  flags: CompiledFlag[];
  /**
   * Per item (by index): whether it is expected in this row, from its `askedWhen`
   * (absent = always). An unanswered safety item that was not expected raises nothing.
   */
  asked: (CompiledCondition | undefined)[];
  /** Allocates working memory for one row; reuse it across rows. */
  createState(): RowState;
  /** Records the numeric answer `value` to item `i` (by index). */
  setAnswer(state: RowState, i: number, value: number): void;
  /**
   * The reverse-keyed value of a valid answer `value` to item `i` (by index), before
   * its weight; `NaN` when the response set does not allow the value.
   */
  keyAnswer(i: number, value: number): number;
  /** Computes every score of the row, in dependency order. */
  evaluate(state: RowState): void;
  /** The band index of score `k`'s value, or -1. */
  bandIndex(k: number, value: number): number;
}

const compiled = new WeakMap<ScaleDefinition, CompiledScale>();

/**
 * Compiles a scale definition into a scorer, once per definition object (cached).
 *
 * @param definition - a definition; validated first unless `validateScale` returned it
 * @returns the compiled scale
 * @throws Error "compileScale requires a valid scale definition", with the issues as `cause`
 * @example
 * compileScale(getScale("phq-9")).definition.id // => "phq-9"
 */
export function compileScale(definition: ScaleDefinition): CompiledScale {
  const cached = compiled.get(definition);
  if (cached !== undefined) return cached;
  let def = definition;
  if (!isValidatedScale(definition)) {
    const result = validateScale(definition);
    if (!result.success) {
      throw new Error("compileScale requires a valid scale definition", { cause: result.issues });
    }
    def = result.data;
  }
  const scale = build(def);
  compiled.set(definition, scale);
  compiled.set(def, scale);
  return scale;
}

function build(def: ScaleDefinition): CompiledScale {
  const analysis = analyzeScale(def, new IssueCollector("en"));
  const evaluators: ScoreEvaluator[] = analysis.scoreOrder.map((k) =>
    compileScore(def, analysis, k),
  );
  const items = def.items.map((item, i) => {
    const domain = analysis.domains[i]!;
    const values = domain.values;
    const contiguous =
      values === undefined || (domain.integer && values.length === domain.max - domain.min + 1);
    return {
      min: domain.min,
      max: domain.max,
      integer: domain.integer,
      values: contiguous ? undefined : values,
      reverse: item.reverse,
      weight: item.weight,
    };
  });
  const keyAnswer = (i: number, value: number): number => {
    const item = items[i]!;
    const allowed =
      Number.isFinite(value) &&
      (item.values === undefined
        ? value >= item.min && value <= item.max && (!item.integer || Number.isInteger(value))
        : item.values.includes(value));
    if (!allowed) return Number.NaN;
    return item.reverse ? item.min + item.max - value : value;
  };
  const bandMins = def.scores.map((s) => Float64Array.from(s.bands ?? [], (b) => b.min));
  const bandMaxes = def.scores.map((s) => (s.bands ?? []).at(-1)?.max ?? Number.NaN);
  const flags = def.flags.map((flag): CompiledFlag => {
    const safety = SAFETY_FLAG_KINDS.includes(flag.kind);
    return {
      definition: flag,
      test: compileCondition(flag.when, analysis, safety),
      safetyItems: Int32Array.from(
        safety ? new Set(comparedItems(flag.when)) : [],
        (id) => analysis.itemIndex.get(id)!,
      ),
    };
  });

  return {
    definition: def,
    analysis,
    flags,
    asked: def.items.map((item) =>
      item.askedWhen === undefined ? undefined : compileCondition(item.askedWhen, analysis, true),
    ),
    createState: () => createRowState(def.items.length, def.scores.length),
    setAnswer(st, i, value) {
      const keyed = keyAnswer(i, value);
      st.raw[i] = Number.isFinite(value) ? value : Number.NaN;
      st.keyed[i] = keyed * items[i]!.weight;
      st.status[i] = !Number.isNaN(keyed)
        ? ItemStatus.valid
        : Number.isFinite(value)
          ? ItemStatus.outOfRange
          : ItemStatus.notNumber;
    },
    keyAnswer,
    evaluate(st) {
      for (const evaluate of evaluators) evaluate(st);
    },
    bandIndex(k, value) {
      const mins = bandMins[k]!;
      if (mins.length === 0 || !(value <= bandMaxes[k]! + EPSILON)) return -1;
      for (let b = mins.length - 1; b >= 0; b--) if (mins[b]! <= value + EPSILON) return b;
      return -1;
    },
  };
}
