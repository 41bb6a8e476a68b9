import type { FlagKind } from "@psyscreen/core";
import type { CensusStudent, PrevalenceCell } from "./census-result";
import { SCREEN_FLAG_KINDS } from "./screen-flag-kinds";
import { suppressCells } from "./suppress-cells";

/** The flag kinds prevalence is counted for: every kind a result can carry. */
const KINDS = SCREEN_FLAG_KINDS.filter((k): k is FlagKind => k !== "negative");

/**
 * Prevalence per unit at every tier: for each scale a unit's students were given and
 * each flag kind, how many of those screened with the scale carry a flag of that kind.
 * Small cells are then suppressed (see `suppressCells`).
 *
 * @param students - the census's students
 * @param tiers - the tiers to report, from the student's unit upwards
 * @param minCellSize - the profile's `reporting.minCellSize`
 * @returns the cells, tier by tier, unit, scale and kind
 * @example
 * censusPrevalence(result.students, ["class", "grade", "school"], 5)
 *   .find((c) => c.tier === "school" && c.kind === "positive")?.count // => 214
 */
export function censusPrevalence(
  students: readonly CensusStudent[],
  tiers: readonly string[],
  minCellSize: number,
): PrevalenceCell[] {
  const cells: PrevalenceCell[] = [];
  for (const tier of tiers) {
    // unit → scale → { screened, counts per kind }
    const byUnit = new Map<
      string,
      Map<string, { screened: number; counts: Map<FlagKind, number> }>
    >();
    for (const student of students) {
      const unit = student.units[tier]!;
      let scales = byUnit.get(unit);
      if (scales === undefined) {
        scales = new Map();
        byUnit.set(unit, scales);
      }
      for (const outcome of student.scales) {
        let entry = scales.get(outcome.scaleId);
        if (entry === undefined) {
          entry = { screened: 0, counts: new Map() };
          scales.set(outcome.scaleId, entry);
        }
        if (outcome.result === undefined) continue;
        entry.screened++;
        for (const kind of new Set(outcome.result.flags.map((f) => f.kind))) {
          entry.counts.set(kind, (entry.counts.get(kind) ?? 0) + 1);
        }
      }
    }
    for (const unit of [...byUnit.keys()].sort()) {
      const scales = byUnit.get(unit)!;
      for (const scaleId of [...scales.keys()].sort()) {
        const entry = scales.get(scaleId)!;
        for (const kind of KINDS) {
          const count = entry.counts.get(kind) ?? 0;
          cells.push({
            tier,
            unit,
            scaleId,
            kind,
            screened: entry.screened,
            count,
            rate: entry.screened > 0 ? count / entry.screened : null,
            suppressed: false,
          });
        }
      }
    }
  }
  return suppressCells(cells, students, tiers, minCellSize);
}
