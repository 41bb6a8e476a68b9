import { readFileSync } from "node:fs";
import { formatCsvRow, type Locale } from "@psyscreen/core";
import {
  type EventStreamOptions,
  exportEventStream,
  linkageTable,
  type PseudonymKey,
  pseudonymKey,
} from "@psyscreen/registry";
import { CliError } from "../cli-error";
import { EXPORT_KEY_VARIABLE } from "../export-key-variable";
import type { Io } from "../io";
import { say } from "../messages";
import { withRegistry } from "../open-registry";
import { type SheetRow, writeSheet, writeText } from "../output/write-sheet";

/** Options of `psyscreen registry export`. */
export interface RegistryExportOptions {
  registry: string;
  profile: string;
  format: "ndjson" | "json" | "csv" | "xlsx";
  out?: string;
  /** A file holding the pseudonym secret (at least 32 characters). */
  keyFile?: string;
  /** Export in clear, without pseudonyms: only when asked. */
  identified?: boolean;
  /** Keep free text (reasons, notes, findings), which may name people. */
  keepText?: boolean;
  /** Where to write the linkage table (pseudonym → student id). */
  linkage?: string;
}

/** The key from `--key-file` or the environment, or the reason there is none. */
async function exportKey(
  options: RegistryExportOptions,
  env: NodeJS.ProcessEnv,
  locale: Locale,
): Promise<PseudonymKey> {
  let secret: string;
  let source: string;
  if (options.keyFile !== undefined) {
    source = options.keyFile;
    try {
      secret = readFileSync(options.keyFile, "utf8").trim();
    } catch (error) {
      throw new CliError(
        say(locale, "file-unreadable", { file: source, reason: (error as Error).message }),
      );
    }
  } else if (env[EXPORT_KEY_VARIABLE]) {
    source = EXPORT_KEY_VARIABLE;
    secret = env[EXPORT_KEY_VARIABLE].trim();
  } else throw new CliError(say(locale, "export-needs-key"));
  if (secret.length < 32) throw new CliError(say(locale, "export-key-short", { source }));
  return pseudonymKey(secret);
}

/**
 * `psyscreen registry export`: every event of the registry in the interchange format —
 * pseudonymised by default (keyed HMAC-SHA256 ids; free text withheld), in clear only
 * with `--identified` — as the NDJSON event stream, one JSON document, or a CSV/XLSX
 * table of events. The linkage table back to student ids goes to its own file.
 *
 * @returns 0
 * @throws CliError without a key (and without `--identified`), or with both
 */
export async function registryExportCommand(
  options: RegistryExportOptions,
  locale: Locale,
  io: Io,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  if (options.identified === true && (options.keyFile !== undefined || options.linkage)) {
    throw new CliError(say(locale, "export-key-and-identified"));
  }
  const key = options.identified === true ? undefined : await exportKey(options, env, locale);
  return withRegistry(options.registry, options.profile, locale, async ({ registry, profile }) => {
    const students = await registry.files();
    const events = (await Promise.all(students.map((f) => registry.events(f.studentId)))).flat();
    const how: EventStreamOptions =
      key === undefined
        ? { identified: true, profile, keepText: options.keepText === true }
        : { key, profile, keepText: options.keepText === true };
    const ndjson = await exportEventStream(events, how);
    const [header, ...lines] = ndjson
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    if (options.format === "ndjson") await writeText(ndjson, options.out, io);
    else if (options.format === "json") {
      await writeText(
        `${JSON.stringify({ ...header, events: lines }, null, 2)}\n`,
        options.out,
        io,
      );
    } else {
      const rows: SheetRow[] = [
        ["student_id", "event_id", "type", "time", "actor", "role", "data"],
        ...lines.map(({ studentId, id, type, time, actor, role, v: _, ...rest }) => [
          String(studentId),
          String(id),
          String(type),
          String(time),
          String(actor),
          String(role),
          JSON.stringify(rest),
        ]),
      ];
      await writeSheet(rows, options.format, options.out, io, locale, "events");
    }
    if (key !== undefined && options.linkage) {
      const table = await linkageTable(
        students.map((f) => f.studentId),
        key,
      );
      const csv = [
        formatCsvRow(["pseudonym", "student_id"]),
        ...Object.entries(table).map(([p, id]) =>
          formatCsvRow([p, id], { neutralizeFormulas: true }),
        ),
      ];
      await writeText(csv.join(""), options.linkage, io);
      io.err(`${say(locale, "linkage-written", { file: options.linkage })}\n`);
    }
    io.err(
      `${say(locale, "export-written", {
        events: events.length,
        students: students.length,
        mode: say(locale, key === undefined ? "export-identified" : "export-pseudonymised"),
        text: say(locale, options.keepText === true ? "export-text-kept" : "export-text-withheld"),
        file: options.out ?? "-",
      })}\n`,
    );
    return 0;
  });
}
