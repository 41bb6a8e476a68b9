import type { Locale } from "@psyscreen/core";
import { CliError } from "./cli-error";
import { say } from "./messages";

/**
 * An option's ISO 8601 date or date-time as an ISO date-time (UTC).
 *
 * @throws CliError naming the option when the text is not a date
 */
export function parseTime(option: string, value: string, locale: Locale): string {
  const ms = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new CliError(say(locale, "time-invalid", { option, value }));
  return new Date(ms).toISOString();
}
