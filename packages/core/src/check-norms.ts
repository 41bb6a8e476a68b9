import type { ScaleAnalysis } from "./analyze-scale";
import type { IssueCollector } from "./issue-collector";
import type { NormTable } from "./norm-table-schema";

/** Checks a norm table: its scores exist, its bounds are ordered, lookups do not overlap. */
export function checkNormTable(
  issues: IssueCollector,
  table: NormTable,
  analysis: ScaleAnalysis,
): void {
  const path = ["norms", table.id];
  const { group } = table;
  for (const [low, high] of [
    [group.ageMin, group.ageMax],
    [group.gradeMin, group.gradeMax],
  ] as const) {
    if (low !== undefined && high !== undefined && low > high) {
      issues.add("range-invalid", [...path, "group"], { min: low, max: high });
    }
  }
  for (const [scoreId, entry] of Object.entries(table.scores)) {
    const here = [...path, "scores", scoreId];
    if (!analysis.scoreIndex.has(scoreId)) {
      issues.add("unknown-reference", here, { kind: "score", id: scoreId });
    }
    const rows = [...(entry.lookup ?? [])].sort((a, b) => a.min - b.min);
    rows.forEach((row, i) => {
      if (row.min > row.max) issues.add("range-invalid", [...here, "lookup"], row);
      const previous = rows[i - 1];
      if (previous !== undefined && row.min <= previous.max) {
        issues.add("norm-lookup-overlap", [...here, "lookup"], { value: row.min });
      }
    });
  }
}
