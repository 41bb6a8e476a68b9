import * as z from "zod";

/** The locales psyscreen ships every user-facing string in. */
export const LOCALES = ["en", "zh-CN"] as const;

/** A locale psyscreen ships user-facing text in. */
export type Locale = (typeof LOCALES)[number];

/**
 * Text the engine itself shows (names, band labels, flag messages): required in every
 * shipped locale, so no user ever meets an untranslated label.
 */
export const LocalizedTextSchema = z
  .object({
    en: z.string().min(1),
    "zh-CN": z.string().min(1),
  })
  .strict()
  .describe("Text in every shipped locale (en and zh-CN).");

/**
 * Text a scale may carry in some locales only (item wording, response labels,
 * instructions): a scale may ship English text only, or none, and the host supply the
 * licensed text later.
 */
export const PartialLocalizedTextSchema = z
  .object({
    en: z.string().min(1).optional(),
    "zh-CN": z.string().min(1).optional(),
  })
  .strict()
  .refine((text) => text.en !== undefined || text["zh-CN"] !== undefined, {
    message: "needs text in at least one locale",
    params: { psyscreen: "empty-text" },
  })
  .describe("Text in one or more locales.");

/** Text in every shipped locale. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
/** Text in one or more locales. */
export type PartialLocalizedText = z.infer<typeof PartialLocalizedTextSchema>;

/**
 * Picks the text for a locale, falling back to the other shipped locale.
 *
 * @param text - the localized text
 * @param locale - the wanted locale
 * @returns the text in `locale`, else in the first locale that has it, else `undefined`
 * @example
 * localize({ en: "Total", "zh-CN": "总分" }, "zh-CN") // => "总分"
 */
export function localize(
  text: PartialLocalizedText | undefined,
  locale: Locale,
): string | undefined {
  if (text === undefined) return undefined;
  return text[locale] ?? text.en ?? text["zh-CN"];
}
