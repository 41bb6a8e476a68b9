import { compileScale, type Locale, reliability } from "@psyscreen/core";
import { answerRows } from "../answer-rows";
import { CliError } from "../cli-error";
import { forEachRow } from "../for-each-row";
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
  /** `text` (default): tables for people; `json`: every number, for scripts. */
  format?: "text" | "json";
  encoding?: string;
  sheet?: string;
  idColumn?: string;
}

/** JSON has no NaN: a statistic that cannot be computed is null. */
const jsonNumber = (_: string, value: unknown) =>
  typeof value === "number" && !Number.isFinite(value) ? null : value;

const fixed = (x: number, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : "—");

/**
 * `psyscreen reliability`: Cronbach's α (Feldt 95 % CI), standardized α, McDonald's ω
 * total and item statistics (mean, SD, r.drop, α if deleted, one-factor loading, answer
 * frequencies) for each sum or mean score of a scale, on an export. Answers are keyed
 * as the scale keys them (reverse items reversed); invalid answers count as missing and
 * respondents missing an item of a score are left out of that score's analysis.
 *
 * @returns 0, or 1 when some rows could not be read (they are named on stderr)
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
  const rows = answerRows(scale, options, {
    locale,
    onNote: (text) => io.err(`${text}\n`),
  });
  const rejected = await forEachRow(rows, options.input, locale, io, (row) => {
    scale.items.forEach((item, i) => {
      const answer = row.answers[item.id];
      values[i]!.push(typeof answer === "number" ? compiled.keyAnswer(i, answer) : Number.NaN);
    });
  });
  const analyses: unknown[] = [];
  for (const score of scores) {
    const items = (score as { items: string[] }).items;
    const columns = items.map((id) => values[index.get(id)!]!);
    const complete = columns[0]!.filter((_, r) =>
      columns.every((c) => Number.isFinite(c[r])),
    ).length;
    if (items.length < 2 || complete < 2)
      throw new CliError(say(locale, "reliability-too-few", { score: score.id, n: complete }));
    const r = reliability(columns);
    if (options.format === "json") {
      analyses.push({
        score: score.id,
        ...r,
        itemStats: r.itemStats.map((stats, j) => ({
          item: items[j]!,
          loading: r.omega.loadings[j] ?? null,
          ...stats,
        })),
      });
      continue;
    }
    const summary = say(locale, "reliability-summary", {
      score: score.id,
      name: score.name[locale],
      alpha: fixed(r.alpha),
      lower: fixed(r.ci.lower),
      upper: fixed(r.ci.upper),
      standardized: fixed(r.standardizedAlpha),
      omega: fixed(r.omega.total),
      r: fixed(r.averageR),
      n: r.n,
      excluded: r.excluded,
    });
    io.out(`${summary}\n${say(locale, "reliability-header")}\n`);
    // answer frequencies (proportions of the complete respondents) for a few discrete values
    const answerValues = [
      ...new Set(r.itemStats.flatMap((s) => s.frequencies.map((f) => f.value))),
    ].sort((a, b) => a - b);
    const withFrequencies = answerValues.length <= 10;
    if (withFrequencies)
      io.out(`${" ".repeat(60)}${answerValues.map((v) => String(v).padStart(6)).join("")}\n`);
    r.itemStats.forEach((s, j) => {
      const proportions = withFrequencies
        ? answerValues
            .map((v) => fixed(s.frequencies.find((f) => f.value === v)?.proportion ?? 0, 2))
            .map((p) => p.padStart(6))
            .join("")
        : "";
      io.out(
        `  ${items[j]!.padEnd(14)} ${fixed(s.mean, 2).padStart(5)} ${fixed(s.sd, 2).padStart(6)} ${fixed(s.rDrop).padStart(7)} ${fixed(s.alphaIfDeleted).padStart(13)} ${fixed(r.omega.loadings[j] ?? Number.NaN, 2).padStart(8)}${proportions}\n`,
      );
    });
  }
  if (options.format === "json") io.out(`${JSON.stringify(analyses, jsonNumber, 2)}\n`);
  return rejected === 0 ? 0 : 1;
}
