import * as z from "zod";

const TERM_PATTERN = /^(\d{4})-(\d{4})-([12])$/;

/**
 * Whether a string names a school term: `YYYY-YYYY-N`, two consecutive years and the
 * term number 1 (autumn) or 2 (spring), as Chinese schools write 学年学期.
 *
 * @param term - the text to check
 * @returns whether it is a term
 * @example
 * isTerm("2026-2027-1") // => true
 * isTerm("2026-2028-1") // => false
 */
export function isTerm(term: string): boolean {
  const match = TERM_PATTERN.exec(term);
  return match !== null && Number(match[2]) === Number(match[1]) + 1;
}

/** A school term, e.g. `2026-2027-1` (the autumn term of the 2026/27 school year). */
export const TermSchema = z
  .string()
  .refine(isTerm, { message: "must be YYYY-YYYY-N", params: { registry: "invalid-term" } })
  .describe("A school term: two consecutive years and the term number, e.g. 2026-2027-1.");
