import type { Roster } from "@psyscreen/registry";
import { csvCell } from "./csv-cell";

/**
 * Writes a roster as CSV: `student_id`, `grade`, `sex`, `birth_year`, `age_band`,
 * `family_flags` (joined by `;`), then one `unit_<tier>` column per tier given.
 *
 * @param roster - the roster
 * @param tiers - the tiers to write, e.g. `["class", "grade", "school"]`
 * @returns the CSV text, one line per student after the header, ending in a newline
 * @example
 * rosterToCsv(school.roster, ["class", "grade", "school"]).split("\n")[0]
 * // => "student_id,grade,sex,birth_year,age_band,family_flags,unit_class,unit_grade,unit_school"
 */
export function rosterToCsv(roster: Roster, tiers: readonly string[]): string {
  const header = ["student_id", "grade", "sex", "birth_year", "age_band", "family_flags"];
  const lines = [[...header, ...tiers.map((t) => `unit_${t}`)].join(",")];
  for (const s of roster.students) {
    const cells = [
      s.studentId,
      s.grade,
      s.sex,
      s.birthYear,
      s.ageBand,
      (s.familyFlags ?? []).join(";"),
      ...tiers.map((t) => s.units[t]),
    ];
    lines.push(cells.map(csvCell).join(","));
  }
  return `${lines.join("\n")}\n`;
}
