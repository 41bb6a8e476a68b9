import * as z from "zod";
import { BasisSchema } from "./basis-schema";
import { CONSENT_MODES } from "./consent-modes";

const ModeSchema = z.enum(CONSENT_MODES);

/**
 * How consent is obtained for students of an age band (years, `minAge` inclusive,
 * `maxAge` exclusive, open-ended when absent), per purpose.
 */
export const ConsentBandSchema = z
  .object({
    minAge: z.number().int().min(0),
    maxAge: z.number().int().positive().optional(),
    modes: z
      .object({
        screening: ModeSchema,
        "record-keeping": ModeSchema,
        referral: ModeSchema,
        "information-sharing": ModeSchema,
      })
      .strict(),
    basis: BasisSchema.optional(),
  })
  .strict();

/** One consent band. */
export type ConsentBand = z.infer<typeof ConsentBandSchema>;
