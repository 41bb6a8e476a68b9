import { type CompiledScale, compileScale } from "./compile-scale";
import type { Condition } from "./condition-schema";
import { ENGINE_FLAGS, visitUnansweredSafetyItems } from "./engine-flags";
import { ENGINE_VERSION } from "./engine-version";
import { answerReader } from "./generate-answer-reader";
import { type BatchArrays, type BatchLoop, batchLoop } from "./generate-batch-loop";
import { issueMessage } from "./issue";
import { LOCALES, type Locale, localize } from "./locale";
import { ItemStatus, type RowState, SCORE_REASONS } from "./row-state";
import type { ScaleDefinition } from "./scale-definition-schema";
import type { ScaleResult, ScoreResult, ScreenFlag } from "./scale-result";

/** The marker of an item not in the answers, in the reader's cells and the batch loop. */
const NOT_SHOWN = Number.NEGATIVE_INFINITY;

/** Text of one locale, looked up once per scale. */
interface LocaleText {
  bandIds: (string | undefined)[][];
  bandLabels: (string | undefined)[][];
  flagMessages: string[];
  /** `incomplete` messages by the bit set of the null scores. */
  incomplete: Map<number, string>;
}

/** A scale's one-row scorer for the common path, with its own working memory. */
interface FastScorer {
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
 * Scores one response the fast way when it is the common case — a plain object whose
 * keys are all items, every answer a valid number or `null`, no norms asked for — and
 * returns exactly what `scoreResponse`'s general path returns for it. Returns undefined
 * for anything else (unknown keys, text, values outside the response set, norms, a
 * locale outside `LOCALES`, no code generation), and the caller takes the general path,
 * which reports the issues.
 *
 * The common case reuses the scale's generated batch loop (`generate-batch-loop.ts`) on
 * one row, so both engines run the same straight-line code, and builds the result from
 * its arrays in one pass with the band labels and flag messages looked up once per
 * scale and locale.
 */
export function fastResponse(
  definition: ScaleDefinition,
  answers: object,
  locale: Locale,
): ScaleResult | undefined {
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
  if (fast === null || fast.busy) return undefined;
  const scale = fast.scale;
  let text = fast.lastText;
  if (locale !== fast.lastLocale || text === undefined) {
    text = fast.text.get(locale) ?? localeText(fast, locale);
    if (text === undefined) return undefined;
    fast.lastLocale = locale;
    fast.lastText = text;
  }
  fast.busy = true;
  let ok: boolean;
  try {
    ok = fast.read(answers, fast.cells);
  } finally {
    fast.busy = false;
  }
  if (!ok) return undefined;
  const { out, cells } = fast;
  fast.loop(fast.columns, 1, Number.NaN, NOT_SHOWN, out);
  if (out.invalid[0] !== 0) return undefined;

  const def = scale.definition;
  const defScores = def.scores;
  const results = fast.results;
  let nullMask = 0;
  for (let k = 0; k < defScores.length; k++) {
    const score = defScores[k]!;
    const value = out.value[k]![0]!;
    const answered = out.answered[k]![0]!;
    const prorated = out.prorated[k]![0] === 1;
    const coding = score.coding;
    let result: ScoreResult;
    // each shape written as one literal, in the general path's key order
    if (Number.isNaN(value)) {
      const reason = out.reason[k]![0]!;
      const why = SCORE_REASONS[reason] as ScoreResult["reason"];
      result =
        coding === undefined
          ? { value: null, answered, prorated, reason: why }
          : { value: null, answered, prorated, reason: why, coding };
      if (!score.optional && (reason === 1 || reason === 2)) nullMask |= 1 << k;
    } else {
      const b = out.band[k]![0]!;
      if (b < 0) {
        result =
          coding === undefined
            ? { value, answered, prorated }
            : { value, answered, prorated, coding };
      } else {
        const band = text.bandIds[k]![b]!;
        const bandLabel = text.bandLabels[k]![b];
        result =
          coding === undefined
            ? { value, answered, prorated, band, bandLabel }
            : { value, answered, prorated, band, bandLabel, coding };
      }
    }
    results[k] = result;
  }
  const scores = fast.makeScores(...results);

  const flags: ScreenFlag[] = [];
  let filled = false;
  for (let f = 0; f < scale.flags.length; f++) {
    if (out.flags[f]![0] !== 1) continue;
    const { id, kind, source } = scale.flags[f]!.definition;
    const fixed = fast.fixedTrace[f];
    let items: string[];
    let traced: string[];
    if (fixed !== undefined) {
      items = fixed.item === undefined ? [] : [fixed.item];
      traced = fixed.score === undefined ? [] : [fixed.score];
    } else {
      if (!filled) filled = fillState(fast);
      const trace = { items: new Set<string>(), scores: new Set<string>() };
      scale.flags[f]!.test(fast.state, trace);
      items = [...trace.items];
      traced = [...trace.scores];
    }
    flags.push({ id, kind, source, items, scores: traced, message: text.flagMessages[f]! });
  }
  if (out.incomplete[0] === 1) {
    const nullScores: string[] = [];
    for (let k = 0; k < defScores.length; k++)
      if (nullMask & (1 << k)) nullScores.push(defScores[k]!.id);
    const items: string[] = [];
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i]!;
      if (v - v !== 0) items.push(def.items[i]!.id);
    }
    let message = text.incomplete.get(nullMask);
    if (message === undefined) {
      message = issueMessage("engine-flag-incomplete", { scores: nullScores }, locale);
      text.incomplete.set(nullMask, message);
    }
    flags.push({
      id: ENGINE_FLAGS.incomplete,
      kind: "incomplete",
      source: "engine",
      items,
      scores: nullScores,
      message,
    });
  }
  if (out.unanswered[0] === 1) {
    if (!filled) filled = fillState(fast);
    const unanswered = new Set<string>();
    visitUnansweredSafetyItems(scale, fast.state, (i) => unanswered.add(def.items[i]!.id));
    const items = [...unanswered];
    flags.push({
      id: ENGINE_FLAGS.criticalItemUnanswered,
      kind: "attention",
      source: "engine",
      items,
      scores: [],
      message: issueMessage("engine-flag-critical-item-unanswered", { items }, locale),
    });
  }

  return {
    scaleId: def.id,
    scaleVersion: def.version,
    engineVersion: ENGINE_VERSION,
    locale,
    scores,
    flags,
    issues: [],
  };
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

function localeText(fast: FastScorer, locale: Locale): LocaleText | undefined {
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
function fillState(fast: FastScorer): true {
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
