import type { Locale, NormGroup } from "@psyscreen/core";
import { CliError } from "./cli-error";
import { say } from "./messages";

/** Norm-group fields a column may be named after. */
export const NORM_FIELDS = ["sex", "age", "grade", "population", "region"] as const;

/**
 * A respondent's norm group from the cells of columns named after its fields
 * (`sex`: female/male, f/m, 女/男; `age`, `grade`: numbers; `population`, `region`: text).
 * Unreadable or empty cells leave the field out.
 */
export function normGroupOf(
  cell: (column: string) => unknown,
  fields: readonly string[],
): NormGroup {
  const group: NormGroup = {};
  for (const field of fields) {
    const value = cell(field);
    if (value === undefined || value === null || String(value).trim() === "") continue;
    const text = String(value).trim();
    if (field === "age" || field === "grade") {
      const n = Number(text);
      if (Number.isFinite(n)) group[field] = n;
    } else if (field === "sex") {
      const sex = text.toLowerCase();
      if (["female", "f", "女"].includes(sex)) group.sex = "female";
      else if (["male", "m", "男"].includes(sex)) group.sex = "male";
    } else if (field === "population" || field === "region") group[field] = text;
  }
  return group;
}

/**
 * Checks that columns are named after norm-group fields.
 *
 * @throws CliError naming the first that is not
 */
export function checkNormFields(columns: readonly string[], option: string, locale: Locale): void {
  for (const field of columns) {
    if (!(NORM_FIELDS as readonly string[]).includes(field)) {
      throw new CliError(
        say(locale, "norms-bad-field", { option, field, fields: NORM_FIELDS.join(", ") }),
      );
    }
  }
}
