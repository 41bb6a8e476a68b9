/**
 * An expected failure (bad input, a missing file): the command prints its message as
 * one line and exits with `exitCode`, without a stack trace.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = "CliError";
  }
}
