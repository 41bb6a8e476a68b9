import type { ScaleDefinition } from "@psyscreen/core";
import type { CensusResponse } from "@psyscreen/registry";
import { csvCell } from "./csv-cell";

/**
 * Writes the sheets of one scale as CSV, one line per student: `student_id`, `status`,
 * `started_at`, `finished_at`, then one column per item of the scale (empty when not
 * answered). Sheets without a scale id (a reason for every scale) are written too.
 *
 * @param responses - census responses
 * @param scale - the scale whose sheets to write
 * @returns the CSV text, ending in a newline
 * @example
 * responsesToCsv(school.responses, getScale("phq-2")).split("\n")[0]
 * // => "student_id,status,started_at,finished_at,phq2_1,phq2_2"
 */
export function responsesToCsv(
  responses: readonly CensusResponse[],
  scale: ScaleDefinition,
): string {
  const items = scale.items.map((i) => i.id);
  const lines = [["student_id", "status", "started_at", "finished_at", ...items].join(",")];
  for (const r of responses) {
    if (r.scaleId !== undefined && r.scaleId !== scale.id) continue;
    const cells = [
      r.studentId,
      r.status,
      r.startedAt,
      r.finishedAt,
      ...items.map((id) => r.answers?.[id]),
    ];
    lines.push(cells.map(csvCell).join(","));
  }
  return `${lines.join("\n")}\n`;
}
