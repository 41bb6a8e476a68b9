// Writes scale.schema.json from the zod schema. A test fails when the committed file
// is out of date: run `npm run generate -w @psyscreen/core` after changing the schema.
import { writeFileSync } from "node:fs";
import { scaleJsonSchema } from "../src/scale-json-schema";

const target = new URL("../scale.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(scaleJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
