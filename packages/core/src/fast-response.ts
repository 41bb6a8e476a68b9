import type { CompiledScale } from "./compile-scale";
import type { Condition } from "./condition-schema";
import { ENGINE_FLAGS, visitUnansweredSafetyItems } from "./engine-flags";
import { ENGINE_VERSION } from "./engine-version";
import { answerReader } from "./generate-answer-reader";
import { type BatchArrays, type BatchLoop, batchLoop } from "./generate-batch-loop";
import { issueMessage } from "./issue";
import { LOCALES, type Locale, localize } from "./locale";
import { ItemStatus, type RowState, SCORE_REASONS } from "./row-state";
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
  fixedTrace: ({ items: string[]; scores: string[] } | undefined)[];
  text: Map<string, LocaleText>;
  /** Set while the answers are read (a Proxy's trap may score again: it goes the general way). */
  busy: boolean;
}

const scorers = new WeakMap<CompiledScale, FastScorer | null>();

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
  scale: CompiledScale,
  answers: object,
  locale: Locale,
): ScaleResult | undefined {
  let fast = scorers.get(scale);
  if (fast === undefined) {
    fast = build(scale);
    scorers.set(scale, fast);
  }
  if (fast === null || fast.busy) return undefined;
  const text = fast.text.get(locale) ?? localeText(fast, locale);
  if (text === undefined) return undefined;
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
  const scores: Record<string, ScoreResult> = {};
  let nullMask = 0;
  for (let k = 0; k < defScores.length; k++) {
    const score = defScores[k]!;
    const value = out.value[k]![0]!;
    const answered = out.answered[k]![0]!;
    const prorated = out.prorated[k]![0] === 1;
    let result: ScoreResult;
    if (Number.isNaN(value)) {
      const reason = out.reason[k]![0]!;
      result = {
        value: null,
        answered,
        prorated,
        reason: SCORE_REASONS[reason] as ScoreResult["reason"],
      };
      if (!score.optional && (reason === 1 || reason === 2)) nullMask |= 1 << k;
    } else {
      result = { value, answered, prorated };
      const b = out.band[k]![0]!;
      if (b >= 0) {
        result.band = text.bandIds[k]![b]!;
        result.bandLabel = text.bandLabels[k]![b];
      }
    }
    if (score.coding !== undefined) result.coding = score.coding;
    scores[score.id] = result;
  }

  const flags: ScreenFlag[] = [];
  let filled = false;
  for (let f = 0; f < scale.flags.length; f++) {
    if (out.flags[f]![0] !== 1) continue;
    const { id, kind, source } = scale.flags[f]!.definition;
    const fixed = fast.fixedTrace[f];
    let items: string[];
    let traced: string[];
    if (fixed !== undefined) {
      items = fixed.items.slice();
      traced = fixed.scores.slice();
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
  const read = answerReader(def);
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
    text: new Map(),
    busy: false,
  };
}

/** A single comparison's trace is its own item or score whenever it is true. */
function fixedTrace(when: Condition): FastScorer["fixedTrace"][number] {
  if ("skipped" in when) return { items: [when.skipped], scores: [] };
  if ("item" in when) return { items: [when.item], scores: [] };
  if ("score" in when) return { items: [], scores: [when.score] };
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
