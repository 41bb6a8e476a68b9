import * as z from "zod";
import { StudentIdSchema } from "./roster-schema";

/** What became of a student's sheet: answered, or why not. */
export const RESPONSE_STATUSES = ["completed", "absent", "refused", "exempt"] as const;

/** What became of a student's sheet. */
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/**
 * One student's sheet of one scale in a census, or the reason there is none. A sheet
 * that is not `completed` may leave out `scaleId`: it then stands for every scale the
 * campaign gives the student's grade. Timestamps, when given, let `runCensus` see
 * implausibly fast completion.
 */
export const CensusResponseSchema = z
  .object({
    studentId: StudentIdSchema,
    scaleId: z.string().min(1).optional(),
    status: z.enum(RESPONSE_STATUSES),
    answers: z
      .record(z.string(), z.union([z.number(), z.null()]))
      .optional()
      .describe("Item id → value; null = shown but not answered."),
    startedAt: z.iso.datetime({ offset: true }).optional(),
    finishedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .refine((r) => r.status !== "completed" || (r.answers !== undefined && r.scaleId !== undefined), {
    message: "a completed response names its scale and holds its answers",
    params: { registry: "answers-missing" },
  })
  .refine(
    (r) =>
      r.startedAt === undefined ||
      r.finishedAt === undefined ||
      Date.parse(r.finishedAt) >= Date.parse(r.startedAt),
    { message: "finishes before it starts", params: { registry: "timing-order" } },
  );

/** One census response, as validated. */
export type CensusResponse = z.infer<typeof CensusResponseSchema>;
