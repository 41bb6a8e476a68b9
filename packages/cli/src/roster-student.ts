import type { RosterStudent } from "@psyscreen/registry";
import type { Row } from "./read-rows";

/**
 * A roster row (`student_id`, `grade`, `sex`, `birth_year`, `age_band`, `family_flags`,
 * `unit_<tier>`) as a roster student.
 */
export function rosterStudent(row: Row): RosterStudent {
  const c = row.cells;
  const units: Record<string, string> = {};
  for (const [column, value] of Object.entries(c)) {
    if (column.startsWith("unit_") && value !== "") units[column.slice(5)] = value;
  }
  return {
    studentId: c.student_id ?? "",
    grade: c.grade ?? "",
    units,
    ...(c.sex ? { sex: c.sex as RosterStudent["sex"] } : {}),
    ...(c.birth_year ? { birthYear: Number(c.birth_year) } : {}),
    ...(c.age_band ? { ageBand: c.age_band as RosterStudent["ageBand"] } : {}),
    ...(c.family_flags
      ? { familyFlags: c.family_flags.split(";") as RosterStudent["familyFlags"] }
      : {}),
  };
}
