import { type CompiledScale, compileScale } from "./compile-scale";
import { type LocaleText, type ResponseScorer, responseScorer } from "./generate-response-scorer";
import { LOCALES, type Locale, localize } from "./locale";
import type { ScaleDefinition } from "./scale-definition-schema";

/** A scale's scorer for the common path, with its text per locale. */
export interface FastScorer {
  scale: CompiledScale;
  /** The generated scorer of one response. */
  respond: ResponseScorer;
  text: Map<string, LocaleText>;
  /** The locale of the last call and its text (a host rarely switches). */
  lastLocale: string | undefined;
  lastText: LocaleText | undefined;
  /** Set while it scores (a Proxy's trap may score again: that call goes the general way). */
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
  const respond = responseScorer(scale);
  if (respond === undefined) return null;
  return {
    scale,
    respond,
    text: new Map(),
    lastLocale: undefined,
    lastText: undefined,
    busy: false,
  };
}

/** The text of `locale` for the scale, looked up once (undefined: not one of `LOCALES`). */
export function localeText(fast: FastScorer, locale: Locale): LocaleText | undefined {
  if (!LOCALES.includes(locale)) return undefined;
  const def = fast.scale.definition;
  const text: LocaleText = {
    bandLabels: def.scores.map((s) => (s.bands ?? []).map((b) => b.label[locale])),
    flagMessages: def.flags.map((flag) => localize(flag.message, locale)!),
    incomplete: new Map(),
    unanswered: new Map(),
  };
  fast.text.set(locale, text);
  return text;
}
