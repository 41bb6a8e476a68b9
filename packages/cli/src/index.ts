export { CliError } from "./cli-error";
export { type Io, processIo } from "./io";
export { pickLocale, runCli } from "./run-cli";
