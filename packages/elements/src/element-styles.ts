/// <reference lib="dom" />
import surveyCss from "survey-core/survey-core.fontless.min.css?inline";

/**
 * The element's own rules: theming through `--psy-*` custom properties (inherited from
 * the host page), mapped onto SurveyJS 3's variables. `.sd-theme-root` (specificity
 * 0,1,0) beats the `:where(.sd-theme-root)` base theme SurveyJS writes inside its root.
 */
const HOST_CSS = `
:host { display: block; color-scheme: light; }
:host([theme="dark"]) { color-scheme: dark; }
:host([hidden]) { display: none; }
.sd-theme-root {
  --sjs2-typography-font-family-text: var(--psy-font-family, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif);
  --sjs2-color-project-brand-600: var(--psy-color-primary, #19b394);
}
[part~="base"] { border-radius: var(--psy-border-radius, 8px); overflow: hidden; }
[part~="help"] {
  margin: 0 0 12px;
  padding: 12px 16px;
  border-radius: var(--psy-border-radius, 8px);
  border: 2px solid var(--psy-help-border, #b3261e);
  background: var(--psy-help-background, #fdecea);
  color: var(--psy-help-color, #3b0a07);
  font-family: var(--psy-font-family, system-ui, sans-serif);
}
:host([theme="dark"]) [part~="help"] {
  background: var(--psy-help-background, #3b0a07);
  color: var(--psy-help-color, #fdecea);
}
[part~="help"][hidden] { display: none; }
[part~="help-heading"] { margin: 0 0 4px; font-size: 1.05em; }
`;

let shared: CSSStyleSheet | undefined;

/** SurveyJS's stylesheet and the element's own, as one sheet shared by every instance. */
export function elementStyles(): { sheet: CSSStyleSheet | undefined; text: string } {
  const text = surveyCss + HOST_CSS;
  if (
    shared === undefined &&
    typeof CSSStyleSheet === "function" &&
    "replaceSync" in CSSStyleSheet.prototype
  ) {
    shared = new CSSStyleSheet();
    shared.replaceSync(text);
  }
  return { sheet: shared, text };
}
