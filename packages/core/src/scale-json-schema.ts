import * as z from "zod";
import { ScaleDefinitionSchema } from "./scale-definition-schema";

/** Where the published JSON Schema of scale definitions lives, for `$schema`. */
export const SCALE_SCHEMA_ID = "https://psyscreen.dev/schema/scale.schema.json";

/**
 * The JSON Schema (draft 2020-12) of scale definitions as authored: defaulted fields
 * are optional. Editors use it for completion; the package ships it as
 * `@psyscreen/core/scale.schema.json`.
 *
 * @returns the JSON Schema object
 * @example
 * scaleJsonSchema().title // => "psyscreen scale definition"
 */
export function scaleJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ScaleDefinitionSchema, { io: "input", target: "draft-2020-12" });
  // zod names the one recursive definition (a flag condition) __schema0; give it a name
  // an author can read in an editor's hover.
  const schema = JSON.parse(
    JSON.stringify(generated).replaceAll("__schema0", "Condition"),
  ) as typeof generated;
  return {
    $schema: schema.$schema,
    $id: SCALE_SCHEMA_ID,
    title: "psyscreen scale definition",
    description:
      "A screening scale as data: items, response sets, scores, bands, norms and screen flags, with licence and sources.",
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema")),
  };
}
