import type { Locale } from "@psyscreen/core";
import type { AnswerRow } from "./answer-rows";
import type { Io } from "./io";
import { say } from "./messages";
import { ProblemLog } from "./problem-log";

/**
 * Runs `use` on each readable row of an analysis command's input (reliability, norms),
 * reporting each rejected row on stderr as `file:line:column: reason` (the first ten),
 * then how many were left out — so no row is dropped unseen.
 *
 * @returns the number of rejected rows
 */
export async function forEachRow(
  rows: AsyncIterable<AnswerRow>,
  file: string,
  locale: Locale,
  io: Io,
  use: (row: Extract<AnswerRow, { kind: "row" }>) => void,
): Promise<number> {
  const problems = new ProblemLog(io, file, locale);
  let rejected = 0;
  for await (const row of rows) {
    if (row.kind === "row") use(row);
    else {
      rejected++;
      problems.report(row.line, row.column, row.reason);
    }
  }
  problems.finish();
  if (rejected > 0) io.err(`${say(locale, "rows-rejected", { file, rejected })}\n`);
  return rejected;
}
