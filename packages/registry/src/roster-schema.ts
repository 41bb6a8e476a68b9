import * as z from "zod";
import { CodeSchema } from "./code-schema";
import { FAMILY_FLAGS } from "./family-flags";

const STUDENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

/**
 * A pseudonymous student id: letters, digits and `_ . : -`, at most 64 characters — an
 * opaque key, never a name or a national id number.
 */
export const StudentIdSchema = z
  .string()
  .refine((id) => STUDENT_ID_PATTERN.test(id), {
    message: "must be an opaque id",
    params: { registry: "invalid-student-id" },
  })
  .describe("A pseudonymous student id: letters, digits and _ . : -, at most 64 characters.");

/** The age bands of consent and reporting (domain-research.md §8.2): <14, 14–17, 18+. */
export const AGE_BANDS = ["under-14", "14-17", "18-plus"] as const;

/** An age band. */
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * One student of a roster (学生名册): a pseudonymous id, the unit at each org tier of the
 * profile (`{ class: "g7-c1", grade: "g7", school: "no-1" }`; unit ids unique within a
 * tier), grade, sex, birth year or age band, and family-situation flags from a closed
 * list. Unknown fields are refused, so no label such as "problem student" can ride along.
 */
export const RosterStudentSchema = z
  .object({
    studentId: StudentIdSchema,
    units: z.record(CodeSchema, z.string().min(1)).describe("Org tier code → unit id."),
    grade: z.string().min(1).describe("The grade, as the campaign's battery names it."),
    sex: z.enum(["female", "male", "other", "unknown"]).optional(),
    birthYear: z.number().int().min(1900).max(2200).optional(),
    ageBand: z.enum(AGE_BANDS).optional(),
    familyFlags: z.array(z.enum(FAMILY_FLAGS)).optional(),
  })
  .strict();

/** One roster entry. */
export type RosterStudent = z.infer<typeof RosterStudentSchema>;

/** A roster: who should be screened, with their units — the denominator of coverage. */
export const RosterSchema = z
  .object({
    students: z.array(RosterStudentSchema),
  })
  .strict();

/** A roster. */
export type Roster = z.infer<typeof RosterSchema>;
