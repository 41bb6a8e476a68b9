import { readFileSync } from "node:fs";
import type { Locale } from "@psyscreen/core";
import { CliError } from "../cli-error";
import type { Io } from "../io";
import { say } from "../messages";
import { withRegistry } from "../open-registry";

/** Options of `psyscreen registry append`. */
export interface RegistryAppendOptions {
  registry: string;
  profile: string;
  /** Files of events: NDJSON (one event a line), a JSON array, or one JSON event. */
  files: string[];
}

/** The events of a file: NDJSON, a JSON array or one JSON object. */
function readEvents(file: string, locale: Locale): unknown[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    throw new CliError(say(locale, "file-unreadable", { file, reason: (error as Error).message }));
  }
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    try {
      return JSON.parse(trimmed) as unknown[];
    } catch (error) {
      throw new CliError(say(locale, "json-invalid", { file, reason: (error as Error).message }));
    }
  }
  const events: unknown[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    try {
      events.push(JSON.parse(line));
    } catch (error) {
      throw new CliError(
        say(locale, "event-not-json", { file, line: i + 1, reason: (error as Error).message }),
      );
    }
  });
  return events;
}

/**
 * `psyscreen registry append <events…>`: appends events written elsewhere (interviews,
 * level changes, plans, family contacts — the registry's interchange format) in one
 * transaction. Each is checked against the student's file and the profile; if any is
 * refused, nothing is written and every issue is printed. Events already there are
 * skipped, so appending the same file twice changes nothing.
 *
 * @returns 0, or 1 when events were refused
 */
export async function registryAppendCommand(
  options: RegistryAppendOptions,
  locale: Locale,
  io: Io,
): Promise<number> {
  const events = options.files.flatMap((file) => readEvents(file, locale));
  return withRegistry(options.registry, options.profile, locale, async ({ registry }) => {
    const result = await registry.appendAll(events);
    const file = options.files.join(", ");
    if (!result.success) {
      for (const issue of result.issues.slice(0, 50)) {
        io.err(`${issue.path.join(".")}: ${issue.message}\n`);
      }
      io.err(`${say(locale, "events-refused", { file, issues: result.issues.length })}\n`);
      return 1;
    }
    io.err(
      `${say(locale, "events-added", { file: options.registry, added: result.added, skipped: result.skipped })}\n`,
    );
    return 0;
  });
}
