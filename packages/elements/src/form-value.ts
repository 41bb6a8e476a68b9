/// <reference lib="dom" />
import type { ScaleDefinition } from "@psyscreen/core";
import { type ItemAnswers, UI_STRINGS } from "@psyscreen/survey";
import type { SurveyModel } from "survey-core";

/**
 * Gives the form the element's answers (as JSON) and its validity: missing while a
 * required item has no answer, with the message in the element's locale.
 */
export function syncFormValue(
  internals: ElementInternals,
  definition: ScaleDefinition,
  model: SurveyModel | undefined,
  locale: keyof typeof UI_STRINGS,
  answers: ItemAnswers,
): void {
  internals.setFormValue(JSON.stringify(answers));
  const missing = definition.items.some(
    (item) => item.required && typeof model?.getValue(item.id) !== "number",
  );
  if (missing) internals.setValidity({ valueMissing: true }, UI_STRINGS[locale].required);
  else internals.setValidity({});
}
