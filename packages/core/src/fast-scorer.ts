import { type CompiledScale, compileScale } from "./compile-scale";
import type { Condition } from "./condition-schema";
import { answerReader } from "./generate-answer-reader";
import { type BatchArrays, type BatchLoop, batchLoop } from "./generate-batch-loop";
import { LOCALES, type Locale, localize } from "./locale";
import { ItemStatus, type RowState } from "./row-state";
import type { ScaleDefinition } from "./scale-definition-schema";
import type { ScoreResult } from "./scale-result";

/** The marker of an item not in the answers, in the reader's cells and the batch loop. */
export const NOT_SHOWN = Number.NEGATIVE_INFINITY;

/** Text of one locale, looked up once per scale. */
export interface LocaleText {
  bandIds: (string | undefined)[][];
  bandLabels: (string | undefined)[][];
  flagMessages: string[];
  /** `incomplete` messages by the bit set of the null scores. */
  incomplete: Map<number, string>;
}

/** A scale's one-row scorer for the common path, with its own working memory. */
export interface FastScorer {
  scale: CompiledScale;
  read: (answers: object, cells: Float64Array) => boolean;
  loop: BatchLoop;
  cells: Float64Array;
  columns: Float64Array[];
  out: BatchArrays;
  state: RowState;
  /** Per flag, its trace when it is one comparison (the same whenever it fires). */
  fixedTrace: ({ item?: string; score?: string } | undefined)[];
  /** Builds the `scores` object from the score results, in definition order. */
  makeScores: (...results: ScoreResult[]) => Record<string, ScoreResult>;
  /** The score results of the row being built. */
  results: ScoreResult[];
  text: Map<string, LocaleText>;
  /** The locale of the last call and its text (a host rarely switches). */
  lastLocale: string | undefined;
  lastText: LocaleText | undefined;
  /** Set while the answers are read (a Proxy's trap may score again: it goes the general way). */
  busy: boolean;
}

/** By definition object, its scorer (null: no fast path). */
const scorers = new WeakMap<ScaleDefinition, FastScorer | null>();
/**
 * The last two definitions scored and their scorers, checked before the WeakMap: a
 * census alternates between a few scales. Holds at most two definitions alive.
 */
let recent: [
  ScaleDefinition | undefined,
  FastScorer | null,
  ScaleDefinition | undefined,
  FastScorer | null,
] = [undefined, null, undefined, null];

/**
 * The fast scorer of a definition, built once (null where the fast path cannot be used:
 * more than 31 scores, a score id `__proto__`, no code generation).
 */
export function fastScorer(definition: ScaleDefinition): FastScorer | null {
  let fast: FastScorer | null | undefined;
  if (definition === recent[0]) fast = recent[1];
  else if (definition === recent[2]) fast = recent[3];
  else {
    fast = scorers.get(definition);
    if (fast === undefined) {
      fast = build(compileScale(definition));
      scorers.set(definition, fast);
    }
    recent = [definition, fast, recent[0], recent[1]];
  }
  return fast;
}

function build(scale: CompiledScale): FastScorer | null {
  const def = scale.definition;
  // the bit set of null scores is a 31-bit integer
  if (def.scores.length > 31) return null;
  // a literal's "__proto__" key would set the prototype
  if (def.scores.some((s) => s.id === "__proto__")) return null;
  const read = answerReader(def);
  let makeScores: FastScorer["makeScores"];
  try {
    // one object literal: the scores object gets its final shape at once
    const keys = def.scores.map((s, k) => `${JSON.stringify(s.id)}: s${k}`);
    const params = def.scores.map((_, k) => `s${k}`);
    makeScores = new Function(...params, `return { ${keys.join(", ")} };`) as typeof makeScores;
  } catch (error) {
    if (!(error instanceof EvalError)) throw error;
    return null;
  }
  const loop = batchLoop(scale, Number.NaN, NOT_SHOWN);
  if (read === undefined || loop === undefined) return null;
  const cells = new Float64Array(def.items.length);
  const one = <T>(make: () => T) => def.scores.map(make);
  return {
    scale,
    read,
    loop,
    cells,
    columns: def.items.map((_, i) => cells.subarray(i, i + 1)),
    out: {
      value: one(() => new Float64Array(1)),
      reason: one(() => new Uint8Array(1)),
      band: one(() => new Int16Array(1)),
      answered: one(() => new Uint32Array(1)),
      prorated: one(() => new Uint8Array(1)),
      flags: def.flags.map(() => new Uint8Array(1)),
      incomplete: new Uint8Array(1),
      unanswered: new Uint8Array(1),
      invalid: new Uint32Array(1),
    },
    state: scale.createState(),
    fixedTrace: def.flags.map((flag) => fixedTrace(flag.when)),
    makeScores,
    results: new Array(def.scores.length),
    text: new Map(),
    lastLocale: undefined,
    lastText: undefined,
    busy: false,
  };
}

/** A single comparison's trace is its own item or score whenever it is true. */
function fixedTrace(when: Condition): FastScorer["fixedTrace"][number] {
  if ("skipped" in when) return { item: when.skipped };
  if ("item" in when) return { item: when.item };
  if ("score" in when) return { score: when.score };
  return undefined;
}

export function localeText(fast: FastScorer, locale: Locale): LocaleText | undefined {
  if (!LOCALES.includes(locale)) return undefined;
  const def = fast.scale.definition;
  const text: LocaleText = {
    bandIds: def.scores.map((s) => (s.bands ?? []).map((b) => b.id)),
    bandLabels: def.scores.map((s) => (s.bands ?? []).map((b) => b.label[locale])),
    flagMessages: def.flags.map((flag) => localize(flag.message, locale)!),
    incomplete: new Map(),
  };
  fast.text.set(locale, text);
  return text;
}

/**
 * The row state of the row just scored, from the cells and the loop's outputs, for the
 * compiled conditions (traces of compound flags, `askedWhen` of safety items).
 */
export function fillState(fast: FastScorer): true {
  const { state: st, cells, out, scale } = fast;
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i]!;
    const given = v - v === 0;
    st.status[i] = given
      ? ItemStatus.valid
      : v === NOT_SHOWN
        ? ItemStatus.absent
        : ItemStatus.skipped;
    st.raw[i] = given ? v : Number.NaN;
    st.keyed[i] = given ? scale.keyAnswer(i, v) * scale.definition.items[i]!.weight : Number.NaN;
  }
  for (let k = 0; k < out.value.length; k++) {
    st.value[k] = out.value[k]![0]!;
    st.reason[k] = out.reason[k]![0]!;
    st.answered[k] = out.answered[k]![0]!;
    st.prorated[k] = out.prorated[k]![0]!;
  }
  return true;
}
