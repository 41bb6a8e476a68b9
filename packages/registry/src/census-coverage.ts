import type { CensusStudent, CoverageCell } from "./census-result";

type Counts = Omit<
  CoverageCell,
  "tier" | "unit" | "coverage" | "coverageOfEligible" | "target" | "targetMet"
>;

const KEY_OF_STATUS = {
  screened: "screened",
  absent: "absent",
  refused: "refused",
  exempt: "exempt",
  "not-reached": "notReached",
  "not-targeted": "notTargeted",
} as const satisfies Record<CensusStudent["status"], keyof Counts>;

/**
 * Coverage per unit at every tier: each student counts once at each tier, under the
 * unit the roster gives, in exactly one of screened, absent, refused, exempt, not
 * reached or not targeted. Units are listed tier by tier, then by unit id.
 *
 * @param students - the census's students
 * @param tiers - the tiers to report, from the student's unit upwards
 * @param target - the campaign's target coverage
 * @param basis - which coverage the target applies to
 * @returns one cell per unit
 * @example
 * censusCoverage(result.students, ["class", "grade", "school"], 0.95, "enrolled")[0].coverage
 * // => 0.93
 */
export function censusCoverage(
  students: readonly CensusStudent[],
  tiers: readonly string[],
  target: number,
  basis: "enrolled" | "eligible",
): CoverageCell[] {
  const cells: CoverageCell[] = [];
  for (const tier of tiers) {
    const byUnit = new Map<string, Counts>();
    for (const student of students) {
      const unit = student.units[tier]!;
      let counts = byUnit.get(unit);
      if (counts === undefined) {
        counts = {
          enrolled: 0,
          screened: 0,
          partial: 0,
          absent: 0,
          refused: 0,
          exempt: 0,
          notReached: 0,
          notTargeted: 0,
        };
        byUnit.set(unit, counts);
      }
      counts[KEY_OF_STATUS[student.status]]++;
      if (student.status !== "not-targeted") counts.enrolled++;
      if (student.partial) counts.partial++;
    }
    for (const unit of [...byUnit.keys()].sort()) {
      const c = byUnit.get(unit)!;
      const eligible = c.enrolled - c.exempt;
      const coverage = c.enrolled > 0 ? c.screened / c.enrolled : null;
      const coverageOfEligible = eligible > 0 ? c.screened / eligible : null;
      const measured = basis === "enrolled" ? coverage : coverageOfEligible;
      cells.push({
        tier,
        unit,
        ...c,
        coverage,
        coverageOfEligible,
        target,
        targetMet: measured === null || measured >= target,
      });
    }
  }
  return cells;
}
