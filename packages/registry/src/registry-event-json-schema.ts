import * as z from "zod";
import { EVENT_STREAM_FORMAT, EVENT_STREAM_VERSION } from "./export-event-stream";
import { RegistryEventSchema } from "./registry-event-schema";

/** Where the published JSON Schema of registry events lives. */
export const REGISTRY_EVENT_SCHEMA_ID = "https://psyscreen.dev/schema/registry-event.schema.json";

/**
 * The JSON Schema (draft 2020-12) of one registry event: each line after the header of
 * an exported event stream (`exportEventStream`), and what `Registry.append` accepts.
 * Generated from the zod schema the registry itself checks events with; the package
 * ships it as `@psyscreen/registry/registry-event.schema.json`.
 *
 * @returns the JSON Schema object
 * @example
 * registryEventJsonSchema().title // => "psyscreen registry event"
 */
export function registryEventJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(RegistryEventSchema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  });
  return {
    $schema: generated.$schema,
    $id: REGISTRY_EVENT_SCHEMA_ID,
    title: "psyscreen registry event",
    description: `One event of a student's file (一生一册), version ${EVENT_STREAM_VERSION}: the lines after the header of a "${EVENT_STREAM_FORMAT}" NDJSON stream.`,
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== "$schema")),
  };
}
