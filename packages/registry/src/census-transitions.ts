import type { ScaleResult } from "@psyscreen/core";
import type { CensusRecords, CensusStudent, TransitionMatrix } from "./census-result";
import { SCREEN_OUTCOMES, screenOutcome } from "./screen-outcome";

/**
 * The transition matrix of screen outcomes from a previous census to this one, per
 * scale and over all scales (`scaleId: "*"`, the most urgent outcome of any scale).
 * Rows are the previous outcome, columns the current one, in `SCREEN_OUTCOMES` order.
 * Only students the current campaign targets are counted; a student the previous
 * census did not have counts as `not-screened` before; students of the previous census
 * who are not on the roster are counted in `left`.
 *
 * @param students - this census's students
 * @param term - this census's term
 * @param previous - the previous census's records (`censusRecords`)
 * @returns the matrices
 * @example
 * censusTransitions(result.students, "2026-2027-2", censusRecords(autumn)).tables[0].scaleId
 * // => "*"
 */
export function censusTransitions(
  students: readonly CensusStudent[],
  term: string,
  previous: CensusRecords,
): TransitionMatrix {
  const before = new Map(previous.students.map((s) => [s.studentId, s.results]));
  const targeted = students.filter((s) => s.status !== "not-targeted");
  const scaleIds = new Set<string>();
  for (const s of targeted) for (const o of s.scales) scaleIds.add(o.scaleId);
  const size = SCREEN_OUTCOMES.length;
  const empty = () => Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const tables = [
    { scaleId: "*", counts: empty() },
    ...[...scaleIds].sort().map((scaleId) => ({ scaleId, counts: empty() })),
  ];
  const bump = (counts: number[][], from: ScaleResult[], to: ScaleResult[]) => {
    counts[SCREEN_OUTCOMES.indexOf(screenOutcome(from))]![
      SCREEN_OUTCOMES.indexOf(screenOutcome(to))
    ]!++;
  };
  for (const student of targeted) {
    const past = before.get(student.studentId) ?? [];
    for (const table of tables) {
      const pick = (rs: readonly ScaleResult[]) =>
        table.scaleId === "*" ? [...rs] : rs.filter((r) => r.scaleId === table.scaleId);
      if (table.scaleId !== "*" && !student.scales.some((o) => o.scaleId === table.scaleId)) {
        continue;
      }
      bump(table.counts, pick(past), pick(student.results));
    }
  }
  const onRoster = new Set(students.map((s) => s.studentId));
  const left = previous.students.filter((s) => !onRoster.has(s.studentId)).length;
  return { previousTerm: previous.term, term, outcomes: SCREEN_OUTCOMES, tables, left };
}
