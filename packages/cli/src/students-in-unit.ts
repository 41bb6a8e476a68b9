import type { Locale } from "@psyscreen/core";
import { CliError } from "./cli-error";
import { say } from "./messages";
import { readRows } from "./read-rows";
import { rosterStudent } from "./roster-student";

/**
 * The ids of the roster's students in an org unit at any tier (a class, a grade, a
 * school), for a view of one unit: the registry holds events, the roster where each
 * student belongs.
 *
 * @param roster - the roster file (`unit_<tier>` columns)
 * @param unit - the unit's code, e.g. `g7-c1`
 * @throws CliError when no student of the roster is in the unit
 */
export async function studentsInUnit(
  roster: string,
  unit: string,
  locale: Locale,
  encoding?: string,
): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const row of await readRows(roster, locale, encoding)) {
    const student = rosterStudent(row);
    if (Object.values(student.units).includes(unit)) ids.add(student.studentId);
  }
  if (ids.size === 0) throw new CliError(say(locale, "unit-unknown", { file: roster, unit }));
  return ids;
}
