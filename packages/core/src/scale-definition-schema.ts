import * as z from "zod";
import { ConditionSchema } from "./condition-schema";
import { CodingSchema, IdentifierSchema, ScaleIdSchema, VersionSchema } from "./identifier-schema";
import { LocalizedTextSchema, PartialLocalizedTextSchema } from "./locale";
import { NormTableSchema } from "./norm-table-schema";
import { ScoreSchema } from "./score-schema";

const ChoiceResponseSetSchema = z
  .object({
    id: IdentifierSchema,
    kind: z.literal("choice"),
    options: z
      .array(
        z
          .object({
            value: z.number(),
            label: PartialLocalizedTextSchema,
            codes: z.array(CodingSchema).optional().describe("e.g. the LOINC answer code"),
          })
          .strict(),
      )
      .min(2),
  })
  .strict()
  .describe("Fixed options, each a value with a label.");

const NumericResponseSetSchema = z
  .object({
    id: IdentifierSchema,
    kind: z.literal("numeric"),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(true),
    unit: PartialLocalizedTextSchema.optional(),
  })
  .strict()
  .describe("A number the respondent enters, e.g. minutes to fall asleep.");

/** The answers an item accepts. */
export const ResponseSetSchema = z.discriminatedUnion("kind", [
  ChoiceResponseSetSchema,
  NumericResponseSetSchema,
]);

/** One question of a scale. */
export const ItemSchema = z
  .object({
    id: IdentifierSchema,
    responseSet: IdentifierSchema,
    text: PartialLocalizedTextSchema.optional().describe(
      "Wording per locale; omit when the licence does not allow embedding it.",
    ),
    reverse: z.boolean().default(false).describe("Reverse-keyed: value → min + max − value."),
    weight: z.number().default(1),
    required: z.boolean().default(true).describe("Whether the questionnaire insists on an answer."),
    askedWhen: ConditionSchema.optional().describe(
      "For a follow-up item asked only under a condition on other items' answers (items only, e.g. a question asked after a positive screen): while the condition is false the item is not expected, so its absence raises no critical_item_unanswered. Scoring is unaffected.",
    ),
    codes: z.array(CodingSchema).optional(),
  })
  .strict();

/** A screen flag rule: what a result asks for, under which condition. */
export const FlagSchema = z
  .object({
    id: IdentifierSchema,
    kind: z
      .enum(["critical", "acute", "positive", "attention", "invalid"])
      .describe(
        "critical (e.g. a self-harm item) and acute (imminent risk) are evaluated on raw answers and may use items only.",
      ),
    source: z
      .enum(["instrument", "library"])
      .describe("instrument: a rule of the published scale; library: a soft flag psyscreen chose."),
    when: ConditionSchema,
    message: LocalizedTextSchema,
    citation: z.string().optional(),
  })
  .strict();

/**
 * Where a definition's item text came from when a host merged a content pack into it
 * (`applyContentPack`): the text is the licensee's, under the pack's licence, so the
 * definition may carry text although its own licence does not allow embedding it.
 */
export const ContentPackStampSchema = z
  .object({
    id: z.string().min(1).describe("The content pack's id."),
    licence: z
      .string()
      .min(1)
      .describe("The licence or permission under which the host holds the text."),
    attribution: z.string().optional(),
    placeholder: z
      .boolean()
      .default(false)
      .describe("True for placeholder text that must never be shown to respondents."),
  })
  .strict();

/** A scale as data: what psychologists author and the engine scores. */
export const ScaleDefinitionSchema = z
  .object({
    $schema: z.string().optional(),
    id: ScaleIdSchema,
    version: VersionSchema,
    name: LocalizedTextSchema,
    abbreviation: z.string().optional(),
    description: LocalizedTextSchema.optional(),
    population: z
      .object({
        respondent: z.enum(["self", "parent", "teacher", "clinician"]),
        ageMin: z.number().min(0).optional(),
        ageMax: z.number().min(0).optional(),
        description: LocalizedTextSchema.optional(),
      })
      .strict(),
    timeFrame: PartialLocalizedTextSchema.optional().describe('e.g. "Over the last 2 weeks"'),
    instructions: PartialLocalizedTextSchema.optional(),
    licence: z
      .object({
        spdx: z.string().optional().describe("An SPDX licence id, when one applies."),
        text: z.string().optional().describe("The licence or permission statement."),
        attribution: z
          .string()
          .optional()
          .describe("The line to show wherever the scale is shown."),
        embedText: z
          .boolean()
          .describe("Whether item text may be shipped and shown by this library."),
        url: z.string().optional(),
      })
      .strict()
      .refine((l) => l.spdx !== undefined || l.text !== undefined, {
        message: "needs an SPDX id or a licence text",
        params: { psyscreen: "licence-missing" },
      }),
    sources: z
      .array(
        z
          .object({
            citation: z.string().min(1),
            doi: z.string().optional(),
            url: z.string().optional(),
            note: z.string().optional(),
          })
          .strict(),
      )
      .min(1),
    translations: z
      .partialRecord(
        z.enum(["en", "zh-CN"]),
        z
          .object({
            provenance: z.enum(["original", "official", "published", "unofficial"]),
            source: z.string().min(1).describe("Where this locale's text comes from."),
            note: z.string().optional(),
          })
          .strict(),
      )
      .optional()
      .describe("Per locale, where the wording comes from."),
    codes: z.array(CodingSchema).optional(),
    responseSets: z.array(ResponseSetSchema).min(1),
    items: z.array(ItemSchema).min(1).describe("Items in the published order."),
    scores: z.array(ScoreSchema).min(1),
    norms: z.array(NormTableSchema).optional(),
    flags: z.array(FlagSchema).default([]),
    contentPack: ContentPackStampSchema.optional().describe(
      "Set by applyContentPack: item text came from a licensee's content pack, under its licence.",
    ),
  })
  .strict();

/** A validated scale definition, with defaults filled in. */
export type ScaleDefinition = z.output<typeof ScaleDefinitionSchema>;
/** A scale definition as authored (defaults may be left out). */
export type ScaleDefinitionInput = z.input<typeof ScaleDefinitionSchema>;
/** One item of a scale. */
export type ItemDefinition = ScaleDefinition["items"][number];
/** A response set of a scale. */
export type ResponseSet = ScaleDefinition["responseSets"][number];
/** A screen-flag rule of a scale. */
export type FlagDefinition = ScaleDefinition["flags"][number];
