import type { ScaleResult } from "@psyscreen/core";
import { SYSTEM_ROLE } from "./event-base";
import type { AppendResult, Registry } from "./registry";
import type { RegistryEventInput } from "./registry-event-schema";

/** One census's results, to import into a registry. */
export interface CensusImport {
  /** The term, e.g. `2026-2027-1`. */
  term: string;
  /** When the results were recorded (ISO date-time); the time of every event written. */
  at: string;
  students: readonly { studentId: string; results: readonly ScaleResult[] }[];
}

/** Options of `importCensus`. */
export interface ImportCensusOptions {
  /** The actor id events name; default `census`. */
  actor?: string;
}

/**
 * The events a census writes for one student: a census result per scale (scores and
 * bands, never item answers) and a raised flag per screen flag. Ids come from term,
 * student, scale and flag, so the same census always yields the same events.
 *
 * @param census - the term and time
 * @param studentId - the student
 * @param result - one scale result
 * @param actor - the actor id
 * @returns the events
 * @example
 * censusEvents({ term: "2026-2027-1", at }, "s-1", phq9Result, "census")[0].id
 * // => "census/2026-2027-1/s-1/phq9"
 */
export function censusEvents(
  census: Pick<CensusImport, "term" | "at">,
  studentId: string,
  result: ScaleResult,
  actor = "census",
): RegistryEventInput[] {
  const id = `census/${census.term}/${studentId}/${result.scaleId}`;
  const base = {
    v: 1 as const,
    studentId,
    actor,
    role: SYSTEM_ROLE,
    time: census.at,
    reason: `census ${census.term}`,
  };
  const scores = Object.fromEntries(
    Object.entries(result.scores).map(([key, s]) => [
      key,
      s.band === undefined ? { value: s.value } : { value: s.value, band: s.band },
    ]),
  );
  return [
    {
      ...base,
      id,
      type: "census-result",
      term: census.term,
      scaleId: result.scaleId,
      scaleVersion: result.scaleVersion,
      scores,
      flags: result.flags.map((f) => ({ id: f.id, kind: f.kind })),
    },
    ...result.flags.map(
      (f): RegistryEventInput => ({
        ...base,
        id: `${id}/flag/${f.id}`,
        type: "flag-raised",
        flagId: f.id,
        kind: f.kind,
        source: "census",
        term: census.term,
        scaleId: result.scaleId,
      }),
    ),
  ];
}

/**
 * Imports a census into a registry in one transaction: a census result per student and
 * scale, and the flags they raise — positive, critical and acute flags put the student
 * on the list pending review, critical and acute open the top level at once. Importing
 * the same census again adds nothing; censuses imported out of order give the same
 * files, since events fold in time order.
 *
 * @param registry - the registry
 * @param census - term, time and results per student
 * @param options - the actor id
 * @returns the outcome: events added and skipped, or why nothing was written
 * @example
 * await importCensus(registry, { term: "2026-2027-1", at, students }) // => { success: true, added: 3, skipped: 0 }
 */
export function importCensus(
  registry: Registry,
  census: CensusImport,
  options: ImportCensusOptions = {},
): Promise<AppendResult> {
  const events = census.students.flatMap((s) =>
    s.results.flatMap((r) => censusEvents(census, s.studentId, r, options.actor)),
  );
  return registry.appendAll(events);
}
