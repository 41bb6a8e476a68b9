/** Where a command writes: injected, so tests run commands in-process. */
export interface Io {
  /** Standard output (results). */
  out(text: string): void;
  /** Standard error (messages, progress, summaries). */
  err(text: string): void;
  /** Whether standard error is a terminal (progress is shown only then). */
  errIsTTY: boolean;
}

/** The process's own standard streams. */
export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTTY: process.stderr.isTTY === true,
};
