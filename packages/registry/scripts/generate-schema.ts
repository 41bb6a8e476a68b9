// Writes registry-event.schema.json from the zod schema. A test fails when the committed
// file is out of date: run `npm run generate -w @psyscreen/registry` after a change.
import { writeFileSync } from "node:fs";
import { registryEventJsonSchema } from "../src/registry-event-json-schema";

const target = new URL("../registry-event.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(registryEventJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
