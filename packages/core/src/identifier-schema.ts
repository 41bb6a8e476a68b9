import * as z from "zod";

/** The pattern of item, score, band, flag and response-set ids. */
export const IDENTIFIER_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;
/** The pattern of scale ids. */
export const SCALE_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** The pattern of definition versions (semver). */
export const VERSION_PATTERN = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

/**
 * An item, score, band, flag or response-set id. Ids name columns in exports and
 * variables in formulas and generated SQL, so they are plain identifiers.
 */
export const IdentifierSchema = z
  .string()
  .regex(IDENTIFIER_PATTERN, {
    message: "must start with a letter and hold only letters, digits and _",
  })
  .max(64)
  .describe("An identifier: a letter, then letters, digits or _ (at most 64).");

/** The id of a scale: lower-case words joined by hyphens, e.g. `phq-9`. */
export const ScaleIdSchema = z
  .string()
  .regex(SCALE_ID_PATTERN, { message: "must be lower-case words joined by -" })
  .max(64)
  .describe("A scale id: lower-case letters and digits, words joined by -, e.g. phq-9.");

/** A comparison operator in a condition or a count score. */
export const ComparisonSchema = z
  .enum([">=", ">", "<=", "<", "==", "!="])
  .describe("A comparison operator.");

/** A comparison operator. */
export type Comparison = z.infer<typeof ComparisonSchema>;

/** A rounding rule: digits after the point and how ties go. */
export const RoundingSchema = z
  .object({
    digits: z.int().min(0).max(6),
    mode: z
      .enum(["half-up", "half-even"])
      .describe(
        "half-up: ties go up (the clinical manuals' convention); half-even: ties go to the even digit (R, Python).",
      ),
  })
  .strict()
  .describe("An explicit rounding rule.");

/** An explicit rounding rule. */
export type Rounding = z.infer<typeof RoundingSchema>;

/** A semver version of a definition. */
export const VersionSchema = z
  .string()
  .regex(VERSION_PATTERN, { message: "must be a semver version" })
  .describe("Semver of this definition; bump it whenever a result could change.");

/** A code in a terminology, e.g. LOINC, for a scale, item, answer or score. */
export const CodingSchema = z
  .object({ system: z.string().min(1), code: z.string().min(1), display: z.string().optional() })
  .strict()
  .describe('A code in a terminology, e.g. { "system": "http://loinc.org", "code": "44261-6" }.');
