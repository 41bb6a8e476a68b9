import { LOCALES, type Locale, type LocalizedText } from "@psyscreen/core";
import { type ScaleId, scaleIds } from "./catalog";
import { getScale } from "./get-scale";

/** What `listScales` tells about one scale. */
export interface ScaleSummary {
  id: ScaleId;
  /** The version of the definition (semver), which every result names. */
  version: string;
  name: LocalizedText;
  abbreviation: string | undefined;
  /**
   * What this package may show: `item-text` when the licence allows embedding the
   * wording and the definition carries it; `scoring-only` when it ships item ids,
   * response sets and scoring rules only, and a licensed host supplies the wording as a
   * content pack (`applyContentPack` in `@psyscreen/core`).
   */
  content: "item-text" | "scoring-only";
  /** Whether the definition carries item wording (the licence allows embedding it). */
  embedsItemText: boolean;
  /** The locales in which every item has wording; empty when no text is embedded. */
  itemTextLocales: Locale[];
  /** The licence the scale's content is under, and the line to show with it. */
  licence: ScaleLicence;
}

/** The licence of a scale's content, as `listScales` reports it. */
export interface ScaleLicence {
  /** Whether the licence allows shipping and showing the item wording. */
  embedText: boolean;
  /** The licence or permission statement. */
  text?: string;
  /** An SPDX id, when one applies. */
  spdx?: string;
  /** The line to show wherever the scale is shown. */
  attribution?: string;
  url?: string;
}

/**
 * Lists the scales of this package, sorted by id, validating each on first use.
 *
 * @returns one summary per scale: id, version, names in en and zh-CN, abbreviation, what
 *   may be shown (`item-text` or `scoring-only`, and in which locales) and the licence
 *   with its attribution line, so a host can filter
 * @throws Error "getScale requires a valid bundled scale" if a shipped definition does not
 *   validate (a packaging bug: the package's tests prevent it)
 * @example
 * listScales().filter((s) => s.content === "scoring-only").map((s) => s.id) // => ["asq", "dass-21", "phq-a", "rses"]
 */
export function listScales(): ScaleSummary[] {
  return [...scaleIds].sort().map((id) => {
    const scale = getScale(id);
    const embedsItemText = scale.items.some((item) => item.text !== undefined);
    return {
      id,
      version: scale.version,
      name: { en: scale.name.en, "zh-CN": scale.name["zh-CN"] },
      abbreviation: scale.abbreviation,
      content: scale.licence.embedText && embedsItemText ? "item-text" : "scoring-only",
      embedsItemText,
      itemTextLocales: LOCALES.filter((locale) =>
        scale.items.every((item) => item.text?.[locale] !== undefined),
      ),
      licence: { ...scale.licence },
    };
  });
}
