import { type PseudonymKey, pseudonymise } from "./pseudonymise";
import type { RegionProfile } from "./region-profile-schema";
import { type RegistryEvent, RegistryEventSchema } from "./registry-event-schema";

/** The name and version of the NDJSON event stream format. */
export const EVENT_STREAM_FORMAT = "psyscreen-registry-events";
/** The version of the event stream format. */
export const EVENT_STREAM_VERSION = 1;
/** What replaces free text an export leaves out. */
export const WITHHELD = "[withheld]";

/** The first line of an event stream. */
export interface EventStreamHeader {
  format: typeof EVENT_STREAM_FORMAT;
  version: typeof EVENT_STREAM_VERSION;
  pseudonymised: boolean;
  textWithheld: boolean;
  profile?: { id: string; version: string };
}

/** Options of `exportEventStream`: a key (pseudonymised, the default) or `identified`. */
export type EventStreamOptions = {
  /** The profile the events were written under, named in the header. */
  profile?: Pick<RegionProfile, "id" | "version">;
  /** Keep free text (reasons, notes, findings); default false: it may name people. */
  keepText?: boolean;
} & ({ key: PseudonymKey; identified?: never } | { identified: true; key?: never });

const ID_FIELDS = new Set(["id", "studentId", "actor", "corrects", "planId", "referralId"]);
const TEXT_FIELDS = new Set([
  "reason",
  "notes",
  "note",
  "findings",
  "agreements",
  "question",
  "conclusions",
  "analysis",
  "correction",
  "fitnessSummary",
  "what",
]);

async function transform(
  value: unknown,
  key: string,
  options: EventStreamOptions,
): Promise<unknown> {
  if (typeof value === "string") {
    if (TEXT_FIELDS.has(key) && options.keepText !== true) return WITHHELD;
    if (options.key !== undefined && (ID_FIELDS.has(key) || key === "evidence")) {
      return pseudonymise(options.key, value);
    }
    return value;
  }
  if (Array.isArray(value)) return Promise.all(value.map((v) => transform(v, key, options)));
  if (value !== null && typeof value === "object") {
    const entries = await Promise.all(
      Object.entries(value).map(async ([k, v]) => [k, await transform(v, k, options)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

/**
 * Exports events as an NDJSON stream: a header line (format, version, whether ids are
 * pseudonymised and text withheld, the profile), then one event per line. By default
 * every id — student, actor, event, plan, referral, evidence — is replaced by its keyed
 * HMAC-SHA256 pseudonym, so references still hold, and free text is withheld. Names
 * and contacts are never in events: they stay in the school's roster, linked only by
 * `linkageTable`.
 *
 * @param events - the events, e.g. `await registry.events(id)` for each student
 * @param options - `key` (from `pseudonymKey`) or `identified: true`; `keepText`; `profile`
 * @returns the NDJSON text, ending with a newline
 * @example
 * const ndjson = await exportEventStream(events, { key, profile });
 * ndjson.split("\n")[0] // => '{"format":"psyscreen-registry-events","version":1,"pseudonymised":true,…}'
 */
export async function exportEventStream(
  events: readonly RegistryEvent[],
  options: EventStreamOptions,
): Promise<string> {
  const header: EventStreamHeader = {
    format: EVENT_STREAM_FORMAT,
    version: EVENT_STREAM_VERSION,
    pseudonymised: options.key !== undefined,
    textWithheld: options.keepText !== true,
    ...(options.profile === undefined
      ? {}
      : { profile: { id: options.profile.id, version: options.profile.version } }),
  };
  const lines = [JSON.stringify(header)];
  for (const event of events) lines.push(JSON.stringify(await transform(event, "", options)));
  return `${lines.join("\n")}\n`;
}

/**
 * The table that links pseudonyms back to student ids: kept apart from the clinical
 * export and shared only with whoever may re-identify.
 *
 * @param studentIds - the students
 * @param key - the key the export used
 * @returns pseudonym → student id
 * @example
 * await linkageTable(["s-1"], key) // => { "3f1c…": "s-1" }
 */
export async function linkageTable(
  studentIds: readonly string[],
  key: PseudonymKey,
): Promise<Record<string, string>> {
  const pairs = await Promise.all(
    studentIds.map(async (id) => [await pseudonymise(key, id), id] as const),
  );
  return Object.fromEntries(pairs);
}

/**
 * Reads an event stream back: checks the header's format and version and parses every
 * event line.
 *
 * @param text - NDJSON from `exportEventStream`
 * @returns the header and events, or the line that failed
 * @example
 * readEventStream(ndjson).success // => true
 */
export function readEventStream(
  text: string,
):
  | { success: true; header: EventStreamHeader; events: RegistryEvent[] }
  | { success: false; line: number; message: string } {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  let header: EventStreamHeader;
  try {
    header = JSON.parse(lines[0] ?? "") as EventStreamHeader;
  } catch {
    return { success: false, line: 1, message: "the first line is not JSON" };
  }
  if (header.format !== EVENT_STREAM_FORMAT || header.version !== EVENT_STREAM_VERSION) {
    return {
      success: false,
      line: 1,
      message: `expected ${EVENT_STREAM_FORMAT} version ${EVENT_STREAM_VERSION}`,
    };
  }
  const events: RegistryEvent[] = [];
  for (let i = 1; i < lines.length; i++) {
    let json: unknown;
    try {
      json = JSON.parse(lines[i]!);
    } catch {
      return { success: false, line: i + 1, message: "not JSON" };
    }
    const parsed = RegistryEventSchema.safeParse(json);
    if (!parsed.success) return { success: false, line: i + 1, message: parsed.error.message };
    events.push(parsed.data);
  }
  return { success: true, header, events };
}
