import { createReadStream } from "node:fs";
import { compileScale, type Locale, reliability } from "@psyscreen/core";
import { CliError } from "../cli-error";
import { readRecords } from "../csv/read-records";
import type { Io } from "../io";
import { loadScale } from "../load-scale";
import { say } from "../messages";

/** Options of `psyscreen reliability`. */
export interface ReliabilityCommandOptions {
  scale: string;
  input: string;
  /** Scores to analyse; default every sum or mean score. */
  scores: string[];
  map: string[];
  missing: string[];
}

const fixed = (x: number, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : "—");

/**
 * `psyscreen reliability`: Cronbach's α (Feldt 95 % CI), standardized α and item
 * statistics for each sum or mean score of a scale, on a CSV export. Answers are keyed
 * as the scale keys them (reverse items reversed); invalid answers count as missing and
 * respondents missing an item of a score are left out of that score's analysis.
 *
 * @returns the exit code (0)
 * @throws CliError for an unknown scale or score, unreadable input or no item columns
 */
export async function reliabilityCommand(
  options: ReliabilityCommandOptions,
  locale: Locale,
  io: Io,
): Promise<number> {
  const scale = loadScale(options.scale, locale);
  const compiled = compileScale(scale);
  const index = compiled.analysis.itemIndex;
  const mapped = new Map(options.map.map((m) => m.split("=") as [string, string]));
  const missing = new Set(["", ...options.missing]);
  const scores = scale.scores.filter(
    (s) =>
      (s.method === "sum" || s.method === "mean") &&
      (options.scores.length === 0 || options.scores.includes(s.id)),
  );
  for (const id of options.scores) {
    if (!scores.some((s) => s.id === id))
      throw new CliError(say(locale, "reliability-unknown-score", { score: id, scale: scale.id }));
  }
  const values: number[][] = scale.items.map(() => []);
  let header: (number | undefined)[] | undefined;
  const stream = createReadStream(options.input, { encoding: "utf8" });
  try {
    for await (const { fields } of readRecords(
      stream,
      options.input.toLowerCase().endsWith(".tsv") ? "\t" : ",",
    )) {
      if (header === undefined) {
        header = fields.map((f) => index.get(mapped.get(f.trim()) ?? f.trim()));
        if (header.every((h) => h === undefined))
          throw new CliError(say(locale, "header-no-items", { scale: scale.id }));
        continue;
      }
      const row = new Array<number>(scale.items.length).fill(Number.NaN);
      header.forEach((i, c) => {
        const cell = fields[c]?.trim() ?? "";
        if (i !== undefined && !missing.has(cell)) row[i] = compiled.keyAnswer(i, Number(cell));
      });
      row.forEach((v, i) => {
        values[i]!.push(v);
      });
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      say(locale, "file-unreadable", { file: options.input, reason: (error as Error).message }),
    );
  }
  for (const score of scores) {
    const items = (score as { items: string[] }).items;
    const r = reliability(items.map((id) => values[index.get(id)!]!));
    io.out(
      `${score.id} (${score.name[locale]}): α ${fixed(r.alpha)} [${fixed(r.ci.lower)}, ${fixed(r.ci.upper)}] (Feldt 95%), ` +
        `standardized α ${fixed(r.standardizedAlpha)}, mean r ${fixed(r.averageR)}, n ${r.n} (${r.excluded} incomplete left out)\n`,
    );
    io.out("  item            mean     sd  r.drop  α if deleted\n");
    r.itemStats.forEach((s, j) => {
      io.out(
        `  ${items[j]!.padEnd(14)} ${fixed(s.mean, 2).padStart(5)} ${fixed(s.sd, 2).padStart(6)} ${fixed(s.rDrop).padStart(7)} ${fixed(s.alphaIfDeleted).padStart(13)}\n`,
      );
    });
  }
  return 0;
}
