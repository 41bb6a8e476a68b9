/**
 * SurveyJS question families psyscreen never renders: `toSurveyModel` makes radio groups
 * and text questions only (`SurveyQuestionJson` in @psyscreen/survey, guarded by
 * survey-css-trim.test.ts). Their rules are dropped from the stylesheet the element adopts.
 */
export const UNUSED_FAMILIES = [
  "sd-boolean",
  "sd-file",
  "sd-image",
  "sd-imagepicker",
  "sd-matrix",
  "sd-matrixdynamic",
  "sd-multipletext",
  "sd-paneldynamic",
  "sd-ranking",
  "sv-ranking",
  "sd-rating",
  "sd-signaturepad",
  "sd-slider",
  "sd-tagbox",
  "sd-timer",
] as const;

const UNUSED = new RegExp(`\\.(?:${UNUSED_FAMILIES.join("|")})(?![a-z0-9])`);

/** A selector that can only match inside a family psyscreen never renders. */
export function isUnusedSelector(selector: string): boolean {
  return UNUSED.test(selector);
}

/** Splits a selector list at top-level commas (not those inside `:is(…)` and the like). */
function selectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out;
}

/**
 * Drops every rule all of whose selectors belong to an unused family (inside `@media`,
 * `@supports` and `@container` too, dropping blocks left empty); keeps everything else as
 * written. Expects minified CSS without braces inside strings (SurveyJS's stylesheet).
 */
export function trimSurveyCss(css: string): string {
  let out = "";
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf("{", i);
    if (open === -1) {
      out += css.slice(i);
      break;
    }
    let depth = 1;
    let close = open + 1;
    for (; close < css.length && depth > 0; close++) {
      if (css[close] === "{") depth++;
      else if (css[close] === "}") depth--;
    }
    const prelude = css.slice(i, open);
    const body = css.slice(open + 1, close - 1);
    if (/^\s*@(media|supports|container)\b/.test(prelude)) {
      const inner = trimSurveyCss(body);
      if (inner.trim() !== "") out += `${prelude}{${inner}}`;
    } else if (prelude.trim().startsWith("@") || !selectors(prelude).every(isUnusedSelector)) {
      out += `${prelude}{${body}}`;
    }
    i = close;
  }
  return out;
}
