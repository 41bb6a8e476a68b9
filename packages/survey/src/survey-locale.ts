import type { Locale } from "@psyscreen/core";
import { setupLocale, surveyLocalization } from "survey-core";
import { simplifiedChineseSurveyStrings } from "survey-core/i18n/simplified-chinese";

/** SurveyJS's code for each psyscreen locale ("" is SurveyJS's default, English). */
const SURVEY_LOCALES: Readonly<Record<Locale, string>> = { en: "", "zh-CN": "zh-cn" };

/**
 * The SurveyJS locale code of a psyscreen locale.
 *
 * @param locale - `en` or `zh-CN`
 * @returns the code to set as `model.locale` (`""` for English, SurveyJS's default)
 * @example
 * toSurveyLocale("zh-CN") // => "zh-cn"
 */
export function toSurveyLocale(locale: Locale): string {
  return SURVEY_LOCALES[locale];
}

/**
 * Makes sure SurveyJS has its Simplified Chinese UI strings (buttons, progress, errors)
 * registered as `zh-cn`. SurveyJS silently falls back to English for a locale whose
 * strings were never loaded; `toSurveyModel` calls this so `zh-CN` really switches.
 * Idempotent; it changes no other locale.
 *
 * @returns nothing
 * @example
 * registerSurveyLocales(); // then model.locale = "zh-cn" shows 提交问卷-style buttons
 */
export function registerSurveyLocales(): void {
  if (surveyLocalization.locales["zh-cn"] !== undefined) return;
  setupLocale({
    localeCode: "zh-cn",
    strings: simplifiedChineseSurveyStrings,
    nativeName: "简体中文",
    englishName: "Simplified Chinese",
  });
}
