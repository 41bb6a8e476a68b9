import { type Locale, SQL_DIALECTS } from "@psyscreen/core";
import { Command, InvalidArgumentError, Option } from "commander";
import { CliError } from "./cli-error";
import { collect } from "./collect";
import { normsCommand } from "./commands/norms-command";
import { reliabilityCommand } from "./commands/reliability-command";
import { scalesCommand } from "./commands/scales-command";
import { scoreCommand } from "./commands/score-command";
import { scoreWithDuckdb } from "./commands/score-with-duckdb";
import { type SqlCommandOptions, sqlCommand } from "./commands/sql-command";
import { validateCommand } from "./commands/validate-command";
import { inputOptions, inputValues } from "./input-options";
import { type Io, processIo } from "./io";
import { say } from "./messages";
import { addRegistryCommands } from "./registry-commands";
import { addSchoolCommands } from "./school-commands";

declare const __PACKAGE_VERSION__: string;
const VERSION = typeof __PACKAGE_VERSION__ === "string" ? __PACKAGE_VERSION__ : "0.0.0-source";

/** The locale of messages: `--lang`, else zh-CN when the environment's LANG is Chinese. */
export function pickLocale(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  const i = argv.indexOf("--lang");
  const asked = i >= 0 ? argv[i + 1] : (env.LC_ALL ?? env.LANG ?? "");
  return asked?.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

/**
 * Runs the `psyscreen` command with arguments (without `node` and the script path).
 * Expected failures print one readable line and return their exit code; a bug prints
 * the versions and how to report it, and returns 70.
 *
 * @param args - the arguments, e.g. `["score", "--scale", "phq-9", "export.csv"]`
 * @param io - where to write (the process's streams by default)
 * @returns the exit code
 * @example
 * await runCli(["validate", "scales/phq-9"]) // => 0
 */
export async function runCli(
  args: string[],
  io: Io = processIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const locale = pickLocale(args, env);
  let code = 0;
  const program = new Command("psyscreen")
    .description(
      "School mental-health screening: validate scales, score exports, generate SQL.\n学校心理健康筛查：校验量表、批量计分、生成 SQL。",
    )
    .version(VERSION)
    .addOption(
      new Option("--lang <locale>", "language of messages / 提示语言").choices(["en", "zh-CN"]),
    )
    .addHelpText(
      "after",
      `
Exit codes / 退出码:
  0   done, every row scored / 全部完成
  1   done, but some rows were rejected or had invalid answers, or a check failed / 完成，但有拒收行、无效作答或校验未通过
  2   nothing done: bad option, unknown scale, unreadable or empty file / 未执行：参数错误、量表不存在、文件无法读取或为空
  70  a bug: please report it / 程序错误，请报告

Run "psyscreen <command> --help" for a command's options and an example; docs/cli.md has more.`,
    )
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      // usage errors in the same one-line form as every other error
      outputError: (s, write) => write(`psyscreen: ${s.replace(/^error: /, "")}`),
    });

  program
    .command("validate")
    .description("Check scale definitions and run their fixtures / 校验量表定义并运行测试用例")
    .argument("<paths...>", "scale.json files, or folders that hold them")
    .addHelpText(
      "after",
      "\nExample:\n  $ psyscreen validate scales/          # every scale folder, with its fixtures",
    )
    .action((paths: string[]) => {
      code = validateCommand(paths, locale, io);
    });

  inputOptions(program.command("score"))
    .description("Score every row of an export (CSV, TSV, NDJSON, XLSX) / 对导出数据逐行计分")
    .argument("<input>", "the export: .csv, .tsv, .ndjson or .xlsx")
    .requiredOption("--scale <id|path>", "a bundled scale id (psyscreen scales) or a scale.json")
    .addHelpText(
      "after",
      "\nExamples:\n  $ psyscreen score --scale phq-9 --id-column student semester.csv --out scored.csv\n  $ psyscreen score --scale phq-9 --encoding gbk --map 题1=phq9_1 export.csv\n  $ psyscreen score --scale gad-7 --sheet 2 survey.xlsx --format xlsx --out scored.xlsx\n\nEvery row is scored or written to the rejects file with its line, column and reason.",
    )
    .option("--out <file>", "where to write the results (default: standard output)")
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["csv", "ndjson", "json", "xlsx"])
        .default("csv"),
    )
    .option(
      "--map <column=itemId>",
      "read an item from a column of another name (repeatable)",
      collect,
      [],
    )
    .option("--missing <values>", "cell values that mean skipped, besides an empty cell", collect, [
      "NA",
    ])
    .option(
      "--norm-group <columns>",
      "columns named sex, age, grade, population or region that pick the norm table",
      collect,
      [],
    )
    .option(
      "--rejects <file>",
      "where rows that cannot be scored go (default: <input>.rejects.csv)",
    )
    .addOption(
      new Option(
        "--engine <engine>",
        "js: row by row, with issues and rejects; duckdb: the generated SQL in DuckDB (CSV or Parquet in, CSV out)",
      )
        .choices(["js", "duckdb"])
        .default("js"),
    )
    .action(async (input: string, options: Record<string, unknown>) => {
      const score = options.engine === "duckdb" ? scoreWithDuckdb : scoreCommand;
      code = await score(
        {
          input,
          scale: options.scale as string,
          format: options.format as "csv",
          map: options.map as string[],
          missing: options.missing as string[],
          normGroup: options.normGroup as string[],
          ...(options.out === undefined ? {} : { out: options.out as string }),
          ...(options.rejects === undefined ? {} : { rejects: options.rejects as string }),
          ...inputValues(options),
        },
        locale,
        io,
      );
    });

  inputOptions(program.command("reliability"))
    .description(
      "Cronbach's alpha, McDonald's omega and item statistics per score / 各分数的 α、ω 信度与题目统计",
    )
    .argument("<input>", "the export: .csv, .tsv, .ndjson or .xlsx")
    .requiredOption("--scale <id|path>", "a bundled scale id or a scale.json")
    .addHelpText("after", "\nExample:\n  $ psyscreen reliability --scale phq-9 semester.csv")
    .option("--score <ids>", "scores to analyse (default: every sum or mean score)", collect, [])
    .addOption(
      new Option("--format <format>", "text: tables; json: every number, for scripts")
        .choices(["text", "json"])
        .default("text"),
    )
    .option("--map <column=itemId>", "read an item from a column of another name", collect, [])
    .option("--missing <values>", "cell values that mean skipped, besides an empty cell", collect, [
      "NA",
    ])
    .action(async (input: string, options: Record<string, unknown>) => {
      code = await reliabilityCommand(
        {
          input,
          scale: options.scale as string,
          scores: options.score as string[],
          format: options.format as "text" | "json",
          map: options.map as string[],
          missing: options.missing as string[],
          ...inputValues(options),
        },
        locale,
        io,
      );
    });

  const norms = program.command("norms").description("Build norm tables / 建立常模");
  inputOptions(norms.command("build"))
    .description("Versioned norm tables per group from a sample / 按分组由样本建立带版本的常模表")
    .argument("<input>", "the sample: .csv, .tsv, .ndjson or .xlsx")
    .addHelpText(
      "after",
      '\nExample:\n  $ psyscreen norms build --scale phq-9 --by sex,grade --norm-version 2026-2027-1 \\\n      --source "County sample, grades 7-8, autumn 2026" --min-n 30 semester.csv --out norms.json',
    )
    .requiredOption("--scale <id|path>", "a bundled scale id or a scale.json")
    .requiredOption("--norm-version <version>", "the norm version, e.g. 2026-2027-1")
    .requiredOption(
      "--source <text>",
      "how, where and when the sample was drawn (the norm's citation)",
    )
    .option(
      "--by <columns>",
      "group by columns named sex, age, grade, population or region",
      collect,
      [],
    )
    .option("--min-n <n>", "refuse groups smaller than this", (v) => Number.parseInt(v, 10), 30)
    .option("--out <file>", "where to write the JSON (default: standard output)")
    .option("--map <column=itemId>", "read an item from a column of another name", collect, [])
    .option("--missing <values>", "cell values that mean skipped, besides an empty cell", collect, [
      "NA",
    ])
    .action(async (input: string, options: Record<string, unknown>) => {
      code = await normsCommand(
        {
          input,
          scale: options.scale as string,
          by: options.by as string[],
          version: options.normVersion as string,
          source: options.source as string,
          minN: options.minN as number,
          map: options.map as string[],
          missing: options.missing as string[],
          ...(options.out === undefined ? {} : { out: options.out as string }),
          ...inputValues(options),
        },
        locale,
        io,
      );
    });

  program
    .command("sql")
    .description("Print the SQL that scores a table / 生成对数据表计分的 SQL")
    .addHelpText(
      "after",
      "\nExample:\n  $ psyscreen sql --scale gad-7 --table responses --dialect postgres --keep student",
    )
    .requiredOption("--scale <id|path>", "a bundled scale id or a scale.json")
    .requiredOption("--table <table>", "the table (or FROM item) with one row per response")
    .addOption(
      new Option("--dialect <dialect>", "the SQL engine")
        .choices([...SQL_DIALECTS])
        .default("duckdb"),
    )
    .option(
      "--keep <columns>",
      "columns to copy to the output, e.g. the respondent id",
      collect,
      [],
    )
    .option("--norm-table <id>", "add z, T and percentile from this norm table")
    .option(
      "--outputs <ids>",
      "only these scores and flags, e.g. total,item9_positive",
      collect,
      [],
    )
    .action((options: Record<string, unknown>) => {
      // commander names the options as SqlCommandOptions does
      code = sqlCommand(options as unknown as SqlCommandOptions, locale, io);
    });

  program
    .command("scales")
    .description("List the bundled scales / 列出内置量表")
    .addHelpText("after", "\nExample:\n  $ psyscreen scales")
    .action(() => {
      code = scalesCommand(locale, io);
    });

  const done = (exitCode: number) => {
    code = exitCode;
  };
  addSchoolCommands(program, locale, io, done);
  addRegistryCommands(program, locale, io, env, done);

  try {
    await program.parseAsync(args, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`psyscreen: ${error.message}\n`);
      return error.exitCode;
    }
    const commanderCode = (error as { code?: string; exitCode?: number }).code;
    if (typeof commanderCode === "string" && commanderCode.startsWith("commander.")) {
      // help and --version exit 0; a usage error exits 2, like any other bad input
      return (error as { exitCode: number }).exitCode === 0 ? 0 : 2;
    }
    if (error instanceof InvalidArgumentError) return 2;
    const { code: errno, path } = error as NodeJS.ErrnoException;
    if (typeof errno === "string" && /^E[A-Z]+$/.test(errno) && typeof path === "string") {
      // a file the command could not open or write (a missing folder, no permission, a full disk)
      io.err(
        `psyscreen: ${say(locale, "file-error", { file: path, reason: (error as Error).message })}\n`,
      );
      return 2;
    }
    io.err(
      `${say(locale, "bug", { version: VERSION, node: process.version })}\n${(error as Error).stack ?? String(error)}\n`,
    );
    return 70;
  }
}
