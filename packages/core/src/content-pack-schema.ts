import * as z from "zod";
import { ScaleIdSchema, VersionSchema } from "./identifier-schema";
import { LOCALES, PartialLocalizedTextSchema } from "./locale";

const TextByLocaleSchema = z
  .record(z.string(), z.string().min(1))
  .describe('Text keyed by locale, e.g. { "en": "…", "zh-CN": "…" }.');

/**
 * A content pack: the wording of a scale's items (and optionally its instructions and
 * answer labels) keyed by item id and locale, held under a licence by a host. It is
 * merged into a scoring-only definition with `applyContentPack`.
 */
export const ContentPackSchema = z
  .object({
    $schema: z.string().optional(),
    id: ScaleIdSchema.describe("The pack's own id, e.g. rses-licensed-zh."),
    scale: ScaleIdSchema.describe("The id of the scale the pack belongs to."),
    scaleVersion: VersionSchema.optional().describe(
      "The definition version the text was checked against; when given it must match.",
    ),
    licence: z
      .object({
        text: z
          .string()
          .min(1)
          .describe("The licence or permission the host holds the text under."),
        attribution: z.string().optional(),
        url: z.string().optional(),
      })
      .strict(),
    placeholder: z
      .boolean()
      .default(false)
      .describe("True for placeholder text (tests, demos) that must never reach respondents."),
    locales: z
      .array(z.enum(LOCALES))
      .min(1)
      .describe("The locales the pack covers: every item needs text in each of them."),
    instructions: PartialLocalizedTextSchema.optional(),
    items: z.record(z.string(), TextByLocaleSchema).describe("Item id → locale → wording."),
    options: z
      .record(z.string(), z.record(z.string(), TextByLocaleSchema))
      .optional()
      .describe("Response-set id → option value → locale → answer label."),
  })
  .strict();

/** A content pack as authored. */
export type ContentPackInput = z.input<typeof ContentPackSchema>;
/** A parsed content pack. */
export type ContentPack = z.output<typeof ContentPackSchema>;
