import type { CensusRecords, CensusResult } from "./census-result";

/**
 * The results of a census by student, in the shape the registry imports:
 * `{ term, students: [{ studentId, results }] }`, students with at least one result,
 * in roster order.
 *
 * @param census - a census result (`runCensus(…).data`)
 * @returns its records
 * @example
 * censusRecords(census).students[0] // => { studentId: "s0001", results: [ … ] }
 */
export function censusRecords(census: CensusResult): CensusRecords {
  return {
    term: census.term,
    students: census.students
      .filter((s) => s.results.length > 0)
      .map((s) => ({ studentId: s.studentId, results: s.results })),
  };
}
