import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { registryEventJsonSchema } from "./registry-event-json-schema";
import { REGISTRY_EVENT_TYPES } from "./registry-event-schema";

const committed = JSON.parse(
  readFileSync(new URL("../registry-event.schema.json", import.meta.url), "utf8"),
) as { oneOf: { properties: { type: { const: string } }; required: string[] }[] };

describe("registry-event.schema.json", () => {
  it("is the committed output of the zod schema (run `npm run generate -w @psyscreen/registry` after a change)", () => {
    expect(committed).toEqual(registryEventJsonSchema());
  });

  it("describes every event type, each with the fields every event carries", () => {
    expect(committed.oneOf.map((b) => b.properties.type.const).sort()).toEqual(
      [...REGISTRY_EVENT_TYPES].sort(),
    );
    for (const branch of committed.oneOf) {
      expect(branch.required).toEqual(
        expect.arrayContaining(["v", "id", "studentId", "actor", "role", "time", "reason", "type"]),
      );
    }
  });
});
