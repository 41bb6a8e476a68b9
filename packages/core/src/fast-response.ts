import { criticalItemUnansweredFlag, ENGINE_FLAGS } from "./engine-flags";
import { ENGINE_VERSION } from "./engine-version";
import { fastScorer, fillState, localeText, NOT_SHOWN } from "./fast-scorer";
import { issueMessage } from "./issue";
import type { Locale } from "./locale";
import { SCORE_REASONS } from "./row-state";
import type { ScaleDefinition } from "./scale-definition-schema";
import type { ScaleResult, ScoreResult, ScreenFlag } from "./scale-result";

/**
 * Scores one response the fast way when it is the common case — a plain object whose
 * keys are all items, every answer a valid number or `null`, no norms asked for — and
 * returns exactly what `scoreResponse`'s general path returns for it. Returns undefined
 * for anything else (unknown keys, text, values outside the response set, a locale
 * outside `LOCALES`, no code generation), and the caller takes the general path, which
 * reports the issues. The caller leaves calls with norms to the general path.
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
  const fast = fastScorer(definition);
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
    flags.push(criticalItemUnansweredFlag(scale, fast.state, locale));
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
