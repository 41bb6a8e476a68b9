import { writeFileSync } from "node:fs";
import { buildNormTable, type Locale, type NormTable, scoreResponse } from "@psyscreen/core";
import { answerRows } from "../answer-rows";
import { forEachRow } from "../for-each-row";
import type { Io } from "../io";
import { loadScale } from "../load-scale";
import { say } from "../messages";
import { checkNormFields, normGroupOf } from "../norm-group-of";

/** Options of `psyscreen norms build`. */
export interface NormsCommandOptions {
  scale: string;
  input: string;
  /** Columns named after norm-group fields to group by, e.g. sex, grade. */
  by: string[];
  version: string;
  source: string;
  minN: number;
  out?: string;
  map: string[];
  missing: string[];
  encoding?: string;
  sheet?: string;
  idColumn?: string;
}

/**
 * `psyscreen norms build`: scores a sample, groups it by the `--by` columns and writes
 * one versioned norm table per group (mean, SD and percentile lookup per score, with n)
 * as JSON that a scale definition's `norms` takes as it is. Groups smaller than
 * `--min-n` are refused and named on stderr, and so are rows that cannot be read and
 * rows whose group cells are empty or unreadable (counted, never dropped silently).
 *
 * @returns 0, or 1 when some group was too small to norm or some row was left out
 * @throws CliError for a `--by` column that is no norm-group field, or bad input
 */
export async function normsCommand(
  options: NormsCommandOptions,
  locale: Locale,
  io: Io,
): Promise<number> {
  const scale = loadScale(options.scale, locale);
  checkNormFields(options.by, "--by", locale);
  let ungrouped = 0;
  const groups = new Map<
    string,
    { group: NormTable["group"]; scores: Record<string, (number | null)[]> }
  >();
  const rows = answerRows(
    scale,
    { ...options, columns: options.by },
    { locale, onNote: (text) => io.err(`${text}\n`) },
  );
  const rejected = await forEachRow(rows, options.input, locale, io, (row) => {
    const respondent = normGroupOf(row.cell, options.by);
    if (options.by.some((f) => respondent[f as keyof typeof respondent] === undefined)) {
      ungrouped++;
      return;
    }
    const key = options.by.map((f) => String(respondent[f as keyof typeof respondent])).join("|");
    let entry = groups.get(key);
    if (entry === undefined) {
      const group: NormTable["group"] = {};
      if (respondent.sex !== undefined) group.sex = respondent.sex;
      if (respondent.age !== undefined)
        Object.assign(group, { ageMin: respondent.age, ageMax: respondent.age });
      if (respondent.grade !== undefined)
        Object.assign(group, { gradeMin: respondent.grade, gradeMax: respondent.grade });
      if (respondent.population !== undefined) group.population = respondent.population;
      if (respondent.region !== undefined) group.region = respondent.region;
      entry = { group, scores: Object.fromEntries(scale.scores.map((s) => [s.id, []])) };
      groups.set(key, entry);
    }
    const result = scoreResponse(scale, row.answers);
    for (const s of scale.scores) entry.scores[s.id]!.push(result.scores[s.id]!.value);
  });
  const tables: NormTable[] = [];
  let refused = 0;
  for (const [key, entry] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const scores = Object.fromEntries(
      Object.entries(entry.scores).filter(
        ([, v]) => v.filter((x) => x !== null).length >= Math.max(2, options.minN),
      ),
    );
    const n = Math.max(
      ...Object.values(entry.scores).map((v) => v.filter((x) => x !== null).length),
    );
    if (Object.keys(scores).length === 0) {
      io.err(`${say(locale, "norms-too-small", { group: key || "all", n, min: options.minN })}\n`);
      refused++;
      continue;
    }
    const id = `${scale.id.replaceAll("-", "_")}_${options.version.replace(/\W/g, "_")}${key ? `_${key.replace(/\W/g, "_")}` : ""}`;
    tables.push(
      buildNormTable({
        id,
        version: options.version,
        source: options.source,
        group: entry.group,
        scores,
      }),
    );
  }
  const json = `${JSON.stringify(tables, null, 2)}\n`;
  if (options.out === undefined || options.out === "-") io.out(json);
  else writeFileSync(options.out, json);
  io.err(`${say(locale, "norms-summary", { tables: tables.length, refused, ungrouped })}\n`);
  return refused === 0 && rejected === 0 && ungrouped === 0 ? 0 : 1;
}
