import { type ContentPack, ContentPackSchema } from "./content-pack-schema";
import { IssueCollector } from "./issue-collector";
import type { Locale, PartialLocalizedText } from "./locale";
import type { ScaleDefinition } from "./scale-definition-schema";
import { type ValidationResult, validateScale } from "./validate-scale";
import { addZodIssues } from "./zod-issues";

/** Tags, comments, processing instructions and character entities: not plain text. */
const MARKUP = /<[A-Za-z!/?][^>]*>?|&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#x[0-9A-Fa-f]+);/;

/** Options of `applyContentPack`. */
export interface ApplyContentPackOptions {
  /** The locale of issue messages; default `en`. */
  locale?: Locale;
}

/**
 * Merges a content pack (item wording keyed by item id and locale, held by a host under a
 * licence) into a definition, typically one that ships "scoring only". The pack is checked
 * first: it must name this scale (and version, when it gives one); every item id must
 * exist; every item needs text in every locale the pack lists; text must be plain (no
 * HTML or entities). The merged definition records the pack in `contentPack` and is
 * validated again, so scoring and rendering accept it.
 *
 * @param definition - a scale definition (e.g. from `getScale`); it is not changed
 * @param pack - a parsed content-pack JSON, or any value
 * @param options - `locale` of the issue messages
 * @returns `{ success: true, data }` with the merged definition, or `{ success: false, issues }`
 * @example
 * applyContentPack(getScale("rses"), pack).success // => true
 * applyContentPack(getScale("rses"), { ...pack, scale: "phq-9" }).success // => false
 */
export function applyContentPack(
  definition: ScaleDefinition,
  pack: unknown,
  options: ApplyContentPackOptions = {},
): ValidationResult<ScaleDefinition> {
  const issues = new IssueCollector(options.locale ?? "en");
  const parsed = ContentPackSchema.safeParse(pack);
  if (!parsed.success) {
    addZodIssues(issues, pack, parsed.error);
    return { success: false, issues: issues.issues };
  }
  const p = parsed.data;
  if (p.scale !== definition.id) {
    issues.add("content-pack-scale", ["scale"], { pack: p.scale, scale: definition.id });
  }
  if (p.scaleVersion !== undefined && p.scaleVersion !== definition.version) {
    issues.add("content-pack-version", ["scaleVersion"], {
      pack: p.scaleVersion,
      scale: definition.version,
    });
  }
  checkItems(issues, definition, p);
  checkOptions(issues, definition, p);
  if (p.instructions !== undefined) checkText(issues, p, ["instructions"], p.instructions);
  if (issues.issues.length > 0) return { success: false, issues: issues.issues };
  return validateScale(merge(definition, p), options);
}

function checkItems(issues: IssueCollector, def: ScaleDefinition, p: ContentPack): void {
  const known = new Set(def.items.map((item) => item.id));
  for (const [id, text] of Object.entries(p.items)) {
    if (!known.has(id)) issues.add("unknown-reference", ["items", id], { kind: "item", id });
    else checkText(issues, p, ["items", id], text);
  }
  for (const item of def.items) {
    for (const locale of p.locales) {
      const text = p.items[item.id]?.[locale] ?? item.text?.[locale];
      if (text === undefined || text.trim() === "") {
        issues.add("content-missing-text", ["items", item.id, locale], { id: item.id, locale });
      }
    }
  }
}

function checkOptions(issues: IssueCollector, def: ScaleDefinition, p: ContentPack): void {
  for (const [setId, byValue] of Object.entries(p.options ?? {})) {
    const set = def.responseSets.find((s) => s.id === setId);
    if (set === undefined || set.kind !== "choice") {
      issues.add("unknown-reference", ["options", setId], { kind: "response set", id: setId });
      continue;
    }
    for (const [value, text] of Object.entries(byValue)) {
      if (!set.options.some((o) => String(o.value) === value)) {
        issues.add("content-unknown-option", ["options", setId, value], { set: setId, value });
      } else checkText(issues, p, ["options", setId, value], text);
    }
  }
}

function checkText(
  issues: IssueCollector,
  p: ContentPack,
  path: (string | number)[],
  text: Readonly<Record<string, string | undefined>>,
): void {
  for (const [locale, value] of Object.entries(text)) {
    if (value === undefined) continue;
    if (!(p.locales as readonly string[]).includes(locale)) {
      issues.add("content-locale-undeclared", [...path, locale], { locale });
      continue;
    }
    const markup = MARKUP.exec(value);
    if (markup !== null) issues.add("content-markup", [...path, locale], { found: markup[0] });
    // blank item text is reported once, by the coverage check in checkItems
    else if (value.trim() === "" && path[0] !== "items") {
      issues.add("content-missing-text", [...path, locale], { id: String(path.at(-1)), locale });
    }
  }
}

function pick(text: Readonly<Record<string, string>> | undefined): PartialLocalizedText {
  return text as PartialLocalizedText;
}

function merge(def: ScaleDefinition, p: ContentPack): ScaleDefinition {
  const copy = structuredClone(def);
  for (const item of copy.items) {
    const text = p.items[item.id];
    if (text !== undefined) item.text = { ...item.text, ...pick(text) };
  }
  for (const set of copy.responseSets) {
    const byValue = p.options?.[set.id];
    if (set.kind !== "choice" || byValue === undefined) continue;
    for (const option of set.options) {
      const label = byValue[String(option.value)];
      if (label !== undefined) option.label = { ...option.label, ...pick(label) };
    }
  }
  if (p.instructions !== undefined) copy.instructions = { ...copy.instructions, ...p.instructions };
  copy.contentPack = { id: p.id, licence: p.licence.text, placeholder: p.placeholder };
  if (p.licence.attribution !== undefined) copy.contentPack.attribution = p.licence.attribution;
  return copy;
}
