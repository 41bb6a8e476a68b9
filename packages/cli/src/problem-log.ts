import type { Locale } from "@psyscreen/core";
import type { Io } from "./io";
import { say } from "./messages";

/**
 * Problems in an input's rows, printed to standard error as `file:line:column: message`
 * — the first `limit` of them, then one line counting the rest (the rejects file and
 * the `issues` column hold them all).
 */
export class ProblemLog {
  private count = 0;

  constructor(
    private readonly io: Io,
    private readonly file: string,
    private readonly locale: Locale,
    private readonly limit = 10,
  ) {}

  /** Reports one problem; `column` is 1-based. */
  report(line: number, column: number | undefined, message: string): void {
    this.count++;
    if (this.count > this.limit) return;
    const where = column === undefined ? `${line}` : `${line}:${column}`;
    this.io.err(`${this.file}:${where}: ${message}\n`);
  }

  /** Prints how many problems were not shown. */
  finish(): void {
    if (this.count > this.limit)
      this.io.err(`${say(this.locale, "problems-more", { count: this.count - this.limit })}\n`);
  }
}
