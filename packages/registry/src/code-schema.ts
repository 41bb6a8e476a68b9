import * as z from "zod";

/** The pattern of profile ids and of the codes a profile defines: kebab-case words. */
export const CODE_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The pattern of colours: `#rrggbb`. */
export const COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/;

/**
 * A code defined by a profile (warning level, org tier, role, source) or a profile id:
 * lower-case kebab-case, so it reads the same in JSON, URLs and exports.
 */
export const CodeSchema = z
  .string()
  .regex(CODE_PATTERN, { message: "must be lower-case words joined by -" })
  .max(64)
  .describe("A code: lower-case letters and digits, words joined by -, e.g. class-teacher.");

/** A display colour, `#rrggbb`. */
export const ColourSchema = z
  .string()
  .regex(COLOUR_PATTERN, { message: "must be #rrggbb" })
  .describe("A colour as #rrggbb.");

// Versions and localized text are core's schemas, shared with scale definitions.
export { LocalizedTextSchema, VERSION_PATTERN, VersionSchema } from "@psyscreen/core";
