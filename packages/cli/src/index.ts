/**
 * The `psyscreen` command as a library: `runCli` runs one command line.
 *
 * @module @psyscreen/cli
 */
export { CliError } from "./cli-error";
export { type Io, processIo } from "./io";
export { pickLocale, runCli } from "./run-cli";
