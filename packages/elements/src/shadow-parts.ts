/// <reference lib="dom" />
import { elementStyles } from "./element-styles";

/** The named parts of `<psy-screening>`'s shadow root (see its `@csspart` docs). */
export interface ShadowParts {
  base: HTMLElement;
  help: HTMLElement;
  helpHeading: HTMLElement;
  survey: HTMLElement;
}

/** An element of the shadow root, named for `::part()` styling. */
function part(tag: string, name: string): HTMLElement {
  const el = document.createElement(tag);
  el.setAttribute("part", name);
  return el;
}

/**
 * Fills `shadow` with the element's styles and parts: the wrapper, the help box (hidden,
 * an alert, holding the `help` slot under a heading) and the questionnaire's mount point.
 */
export function buildShadow(shadow: ShadowRoot): ShadowParts {
  const { sheet, text } = elementStyles();
  if (sheet !== undefined) shadow.adoptedStyleSheets = [sheet];
  else shadow.append(Object.assign(document.createElement("style"), { textContent: text }));
  const base = part("div", "base");
  base.setAttribute("role", "region");
  const help = part("div", "help");
  help.setAttribute("role", "alert");
  help.hidden = true;
  const helpHeading = part("p", "help-heading");
  const slot = document.createElement("slot");
  slot.name = "help";
  help.append(helpHeading, slot);
  const survey = part("div", "survey");
  base.append(help, survey);
  shadow.append(base);
  return { base, help, helpHeading, survey };
}
