import { fastScorer, localeText } from "./fast-scorer";
import type { Locale } from "./locale";
import type { ScaleDefinition } from "./scale-definition-schema";
import type { ScaleResult } from "./scale-result";

/**
 * Scores one response the fast way when it is the common case — a plain object whose
 * keys are all items, every answer a valid number or `null`, no norms asked for — and
 * returns exactly what `scoreResponse`'s general path returns for it. Returns undefined
 * for anything else (unknown keys, text, values outside the response set, a locale
 * outside `LOCALES`, no code generation), and the caller takes the general path, which
 * reports the issues. The caller leaves calls with norms to the general path.
 *
 * The common case runs one function generated per scale (`generate-response-scorer.ts`):
 * it reads the answers, scores them with the same straight-line code as the scale's
 * batch loop, and builds the result as literals, with the band labels and flag
 * messages looked up once per scale and locale. A getter or Proxy trap of the answers
 * that scores the same scale again gets the general path.
 */
export function fastResponse(
  definition: ScaleDefinition,
  answers: object,
  locale: Locale,
): ScaleResult | undefined {
  const fast = fastScorer(definition);
  if (fast === null || fast.busy) return undefined;
  let text = fast.lastText;
  if (locale !== fast.lastLocale || text === undefined) {
    text = fast.text.get(locale) ?? localeText(fast, locale);
    if (text === undefined) return undefined;
    fast.lastLocale = locale;
    fast.lastText = text;
  }
  fast.busy = true;
  try {
    return fast.respond(answers, text, locale);
  } finally {
    fast.busy = false;
  }
}
