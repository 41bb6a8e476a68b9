import type { Locale } from "@psyscreen/core";
import { CliError } from "../cli-error";
import { say } from "../messages";

/**
 * What an error met while reading an input file becomes: a `CliError` stays as it is, a
 * missing, unreadable or directory path becomes the "cannot read" message, anything
 * else (a bug) is returned unchanged, for the caller to throw.
 */
export function readingError(error: unknown, file: string, locale: Locale): unknown {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "EISDIR" || code === "EACCES") {
    return new CliError(say(locale, "file-unreadable", { file, reason: (error as Error).message }));
  }
  return error;
}
