import { analyzeScale } from "./analyze-scale";
import { checkBands } from "./check-bands";
import { checkAskedWhen, checkFlag } from "./check-flags";
import { checkNormTable } from "./check-norms";
import type { Issue } from "./issue";
import { IssueCollector } from "./issue-collector";
import type { Locale } from "./locale";
import { type ScaleDefinition, ScaleDefinitionSchema } from "./scale-definition-schema";
import { addZodIssues } from "./zod-issues";

/** The outcome of a validation: the parsed data, or the issues found. */
export type ValidationResult<T> = { success: true; data: T } | { success: false; issues: Issue[] };

/** Options of `validateScale`. */
export interface ValidateOptions {
  /** The locale of issue messages; default `en`. */
  locale?: Locale;
}

const validated = new WeakSet<ScaleDefinition>();

/**
 * Checks a scale definition: its structure, and that it holds together (unique ids,
 * known references, formulas, band coverage, flags that can fire, safety flags decided
 * by items alone). Never throws on bad input.
 *
 * @param input - a parsed scale.json, or any value
 * @param options - `locale` of the messages
 * @returns `{ success: true, data }` with defaults filled in, or `{ success: false, issues }`
 * @example
 * validateScale({ id: "x" }).success // => false
 */
export function validateScale(
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<ScaleDefinition> {
  const issues = new IssueCollector(options.locale ?? "en");
  const parsed = ScaleDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    addZodIssues(issues, input, parsed.error);
    return { success: false, issues: issues.issues };
  }
  const def = parsed.data;
  const analysis = analyzeScale(def, issues);
  def.scores.forEach((score, i) => {
    const shape = analysis.shapes[i];
    if (score.bands !== undefined && shape !== undefined) {
      checkBands(issues, ["scores", score.id], score.bands, shape);
    }
  });
  for (const flag of def.flags) checkFlag(issues, flag, analysis);
  for (const item of def.items) {
    if (item.askedWhen !== undefined) checkAskedWhen(issues, item.id, item.askedWhen, analysis);
  }
  for (const table of def.norms ?? []) checkNormTable(issues, table, analysis);
  if (issues.issues.length > 0) return { success: false, issues: issues.issues };
  validated.add(def);
  return { success: true, data: def };
}

/** Whether a definition object came out of a successful `validateScale`. */
export function isValidatedScale(def: unknown): def is ScaleDefinition {
  return typeof def === "object" && def !== null && validated.has(def as ScaleDefinition);
}
