import { readFileSync } from "node:fs";
import { type Locale, type ScaleDefinition, validateScale } from "@psyscreen/core";
import { getScale, scaleIds } from "@psyscreen/scales";
import { CliError } from "./cli-error";
import { say } from "./messages";

/**
 * Reads JSON from a file, turning an unreadable file or bad JSON into a CliError.
 *
 * @param file - the path
 * @param locale - the message locale
 * @returns the parsed value
 * @throws CliError when the file cannot be read or parsed
 */
export function readJson(file: string, locale: Locale): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new CliError(say(locale, "file-unreadable", { file, reason: (error as Error).message }));
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(say(locale, "json-invalid", { file, reason: (error as Error).message }));
  }
}

/**
 * The scale a command names: a bundled scale id (`phq-9`), or the path of a scale.json.
 *
 * @param ref - id or path
 * @param locale - the message locale
 * @returns the validated definition
 * @throws CliError for an unknown id, an unreadable file or an invalid definition, listing its issues
 * @example
 * loadScale("phq-9", "en").id // => "phq-9"
 */
export function loadScale(ref: string, locale: Locale): ScaleDefinition {
  if ((scaleIds as readonly string[]).includes(ref)) return getScale(ref);
  if (!ref.endsWith(".json")) {
    throw new CliError(say(locale, "scale-not-found", { scale: ref, ids: scaleIds.join(", ") }));
  }
  const result = validateScale(readJson(ref, locale), { locale });
  if (!result.success) {
    const lines = result.issues.map((i) => `  ${i.path.join(" › ")}: ${i.message}`);
    throw new CliError([say(locale, "scale-invalid", { file: ref }), ...lines].join("\n"), 1);
  }
  return result.data;
}
