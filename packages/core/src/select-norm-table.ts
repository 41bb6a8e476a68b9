import type { NormGroup, NormTable } from "./norm-table-schema";

/**
 * Picks the norm table for a respondent's group: every field a table's group sets must
 * match (ages and grades within its bounds); of the tables that match, the one that sets
 * the most fields wins, and the first listed on a tie.
 *
 * @param tables - the scale's norm tables
 * @param group - the respondent's sex, age, grade, population, region
 * @returns the table, or undefined when none fits
 * @example
 * selectNormTable([{ id: "g7_9", version: "1", source: "…", group: { gradeMin: 7, gradeMax: 9 }, scores: {} }],
 *   { sex: "female", grade: 8 })?.id // => "g7_9"
 */
export function selectNormTable(
  tables: readonly NormTable[],
  group: NormGroup,
): NormTable | undefined {
  let best: NormTable | undefined;
  let bestFields = -1;
  for (const table of tables) {
    const g = table.group;
    const checks = [
      g.sex === undefined || g.sex === group.sex,
      within(group.age, g.ageMin, g.ageMax),
      within(group.grade, g.gradeMin, g.gradeMax),
      g.population === undefined || g.population === group.population,
      g.region === undefined || g.region === group.region,
    ];
    if (!checks.every(Boolean)) continue;
    const fields = Object.values(g).filter((v) => v !== undefined).length;
    if (fields > bestFields) {
      best = table;
      bestFields = fields;
    }
  }
  return best;
}

function within(
  value: number | undefined,
  min: number | undefined,
  max: number | undefined,
): boolean {
  if (min === undefined && max === undefined) return true;
  if (value === undefined) return false;
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}
