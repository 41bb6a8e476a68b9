import type { Command } from "commander";

/** Options every command that reads an export has: encoding and sheet. */
export function inputOptions(command: Command): Command {
  return command
    .option(
      "--encoding <label>",
      "text encoding of CSV/TSV/NDJSON input, e.g. gbk (default: a byte-order mark, else UTF-8, else GB18030 detected)",
    )
    .option("--sheet <name|number>", "the XLSX sheet to read (default: the first)")
    .option(
      "--id-column <column>",
      "the column that identifies a respondent: a row without an id, or with one seen before, is rejected",
    );
}

/** The input options as command options. */
export function inputValues(options: Record<string, unknown>) {
  return {
    ...(options.encoding === undefined ? {} : { encoding: options.encoding as string }),
    ...(options.sheet === undefined ? {} : { sheet: options.sheet as string }),
    ...(options.idColumn === undefined ? {} : { idColumn: options.idColumn as string }),
  };
}
