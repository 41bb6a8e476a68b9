import type { AnswerRow } from "./answer-rows";
import type { CsvBatch } from "./input/csv-batches";

/**
 * Row `r` of a batch's typed columns as the answer row `answerRows` gives for the same
 * line (an empty or missing cell is `null`, a digit a number), to score it one by one.
 */
export function columnRow(batch: CsvBatch, r: number): Extract<AnswerRow, { kind: "row" }> {
  const answers: Record<string, unknown> = {};
  let k = 0;
  for (const item of batch.reader.itemColumns.keys()) {
    const v = batch.columns[k++]![r]!;
    answers[item] = Number.isNaN(v) ? null : v;
  }
  const itemColumns = batch.reader.itemColumns;
  return {
    kind: "row",
    line: batch.lines[r]!,
    id: batch.ids[r],
    answers,
    // only norm groups read other cells, and rows with norms are not read in columns
    cell: () => undefined,
    columnOf: (item) => itemColumns.get(item),
  };
}
