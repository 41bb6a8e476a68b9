import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scaleJsonSchema } from "./scale-json-schema";

const committed = JSON.parse(
  readFileSync(new URL("../scale.schema.json", import.meta.url), "utf8"),
) as Record<string, unknown>;

describe("scale.schema.json", () => {
  it("is the committed output of the zod schema (run `npm run generate -w @psyscreen/core` after a change)", () => {
    expect(committed).toEqual(scaleJsonSchema());
  });

  it("names its one recursive definition", () => {
    expect(Object.keys(committed.$defs as object)).toEqual(["Condition"]);
  });

  it("lists the top-level fields an author writes, with the required ones", () => {
    const schema = scaleJsonSchema() as { properties: object; required: string[] };
    expect(Object.keys(schema.properties)).toMatchInlineSnapshot(`
      [
        "$schema",
        "id",
        "version",
        "name",
        "abbreviation",
        "description",
        "population",
        "timeFrame",
        "instructions",
        "licence",
        "sources",
        "translations",
        "codes",
        "responseSets",
        "items",
        "scores",
        "norms",
        "flags",
        "contentPack",
      ]
    `);
    expect(schema.required).toMatchInlineSnapshot(`
      [
        "id",
        "version",
        "name",
        "population",
        "licence",
        "sources",
        "responseSets",
        "items",
        "scores",
      ]
    `);
  });

  it("leaves defaulted fields optional for authors", () => {
    const item = (scaleJsonSchema() as { properties: { items: { items: { required: string[] } } } })
      .properties.items.items;
    expect(item.required).toEqual(["id", "responseSet"]);
  });
});
