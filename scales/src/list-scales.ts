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
  /** Whether the definition carries item wording (the licence allows embedding it). */
  embedsItemText: boolean;
  /** The locales in which every item has wording; empty when no text is embedded. */
  itemTextLocales: Locale[];
}

/**
 * Lists the scales of this package, sorted by id, validating each on first use.
 *
 * @returns one summary per scale: id, version, names in en and zh-CN, abbreviation, and
 *   whether (and in which locales) item text is embedded
 * @throws Error "getScale requires a valid bundled scale" if a shipped definition does not
 *   validate (a packaging bug: the package's tests prevent it)
 * @example
 * listScales().map((s) => s.id) // => ["gad-7", "phq-9"]
 */
export function listScales(): ScaleSummary[] {
  return [...scaleIds].sort().map((id) => {
    const scale = getScale(id);
    return {
      id,
      version: scale.version,
      name: { en: scale.name.en, "zh-CN": scale.name["zh-CN"] },
      abbreviation: scale.abbreviation,
      embedsItemText: scale.items.some((item) => item.text !== undefined),
      itemTextLocales: LOCALES.filter((locale) =>
        scale.items.every((item) => item.text?.[locale] !== undefined),
      ),
    };
  });
}
