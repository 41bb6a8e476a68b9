import {
  escapeHtml,
  type ItemDefinition,
  isValidatedScale,
  type Locale,
  type PartialLocalizedText,
  type ResponseSet,
  type ScaleDefinition,
  validateScale,
} from "@psyscreen/core";
import type { SurveyJson, SurveyQuestionJson, SurveyText } from "./survey-json";
import { registerSurveyLocales, toSurveyLocale } from "./survey-locale";
import { UI_STRINGS } from "./ui-strings";

/** Options of `toSurveyModel`. */
export interface ToSurveyModelOptions {
  /** The locale the questionnaire opens in; default `en`. Switch later with `model.locale`. */
  locale?: Locale;
  /** One question per page (for phones); default false: every item on one page. */
  onePerPage?: boolean;
  /** Show the progress bar (answered of all items); default true. */
  showProgressBar?: boolean;
  /** Read-only review of given answers; default false. */
  readOnly?: boolean;
  /**
   * Licensed wording the host supplies, item id → text, for scales that ship without
   * it (`licence.embedText: false`) or to add a locale. Wins over the definition's text.
   */
  itemText?: Readonly<Record<string, PartialLocalizedText>>;
  /**
   * What to do with an item that has no text (a scoring-only scale): `"refuse"`
   * (default) throws, naming the items; `"item-id"` shows the item id as its title.
   */
  missingText?: "refuse" | "item-id";
}

/**
 * Turns a scale definition into a SurveyJS (survey-core 3) questionnaire: the items in
 * published order, each named by its item id, as radio groups with the scale's values and
 * labels (numeric items as number inputs); instructions and time frame; required or
 * optional per item; a progress bar; en and zh-CN text. Item text without a zh-CN
 * version shows in English under zh-CN, with a notice saying so. All definition text is
 * plain text: SurveyJS renders it as text (no markdown hook is installed), so a
 * definition cannot inject HTML.
 *
 * @param definition - a scale definition (validated here unless `validateScale` made it)
 * @param options - locale, paging, progress bar, read-only, host-supplied item text
 * @returns SurveyJS JSON for `new Model(json)`
 * @throws Error "toSurveyModel requires a valid scale definition", with the issues as `cause`
 * @throws Error "toSurveyModel requires text for every item" naming the items without it,
 *   when `missingText` is `"refuse"` (the default)
 * @example
 * toSurveyModel(getScale("phq-9"), { locale: "zh-CN" }).pages[0].elements[0].name
 * // => "phq9_1"
 */
export function toSurveyModel(
  definition: ScaleDefinition,
  options: ToSurveyModelOptions = {},
): SurveyJson {
  const def = validated(definition);
  registerSurveyLocales();
  const textOf = (item: ItemDefinition) => options.itemText?.[item.id] ?? item.text;
  const untitled = def.items.filter((item) => textOf(item) === undefined).map((item) => item.id);
  if (untitled.length > 0 && (options.missingText ?? "refuse") === "refuse") {
    throw new Error(
      `toSurveyModel requires text for every item; without text: ${untitled.join(", ")}. ` +
        'Pass the licensed wording as options.itemText, or missingText: "item-id" to show item ids.',
      { cause: { items: untitled, embedText: def.licence.embedText } },
    );
  }
  const sets = new Map<string, ResponseSet>(def.responseSets.map((set) => [set.id, set]));
  const shown: (PartialLocalizedText | undefined)[] = [def.instructions, def.timeFrame];
  const elements = def.items.map((item): SurveyQuestionJson => {
    const text = textOf(item);
    const set = sets.get(item.responseSet)!;
    shown.push(text);
    const question: SurveyQuestionJson = {
      type: set.kind === "choice" ? "radiogroup" : "text",
      name: item.id,
      title: text === undefined ? { default: item.id } : surveyText(text),
      isRequired: item.required,
      requiredErrorText: uiText("required"),
    };
    if (set.kind === "choice") {
      question.choices = set.options.map((option) => {
        shown.push(option.label);
        return { value: option.value, text: surveyText(option.label) };
      });
    } else {
      question.inputType = "number";
      if (set.min !== undefined) question.min = set.min;
      if (set.max !== undefined) question.max = set.max;
      if (set.integer) question.step = 1;
    }
    return question;
  });
  const page: SurveyJson["pages"][number] = { name: "items", elements };
  if (def.timeFrame !== undefined) page.title = surveyText(def.timeFrame);
  // Text that has no zh-CN version shows in English; say so, in Chinese, where it shows.
  if (shown.some((text) => text !== undefined && text["zh-CN"] === undefined)) {
    page.description = { default: "", "zh-cn": UI_STRINGS["zh-CN"].fallbackNotice };
  }
  const json: SurveyJson = {
    title: surveyText(def.name),
    locale: toSurveyLocale(options.locale ?? "en"),
    showProgressBar: options.showProgressBar ?? true,
    progressBarLocation: "top",
    progressBarType: "questions",
    questionsOnPageMode: options.onePerPage ? "questionPerPage" : "standard",
    showQuestionNumbers: "on",
    completeText: uiText("complete"),
    completedHtml: uiText("completed", true),
    readOnly: options.readOnly ?? false,
    pages: [page],
  };
  if (def.instructions !== undefined) json.description = surveyText(def.instructions);
  return json;
}

function validated(definition: ScaleDefinition): ScaleDefinition {
  if (isValidatedScale(definition)) return definition;
  const checked = validateScale(definition);
  if (!checked.success) {
    throw new Error("toSurveyModel requires a valid scale definition", { cause: checked.issues });
  }
  return checked.data;
}

function surveyText(text: PartialLocalizedText): SurveyText {
  const out: SurveyText = { default: (text.en ?? text["zh-CN"])! };
  if (text["zh-CN"] !== undefined) out[toSurveyLocale("zh-CN")] = text["zh-CN"];
  return out;
}

function uiText(key: "required" | "complete" | "completed", asHtml = false): SurveyText {
  const wrap = (s: string) => (asHtml ? `<p>${escapeHtml(s)}</p>` : s);
  return {
    default: wrap(UI_STRINGS.en[key]),
    [toSurveyLocale("zh-CN")]: wrap(UI_STRINGS["zh-CN"][key]),
  };
}
