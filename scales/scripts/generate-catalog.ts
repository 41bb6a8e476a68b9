// Writes src/catalog.ts and src/answer-types.ts from the folders that hold a scale.json,
// then formats them with Biome. Tests fail when either is out of date with the folders:
// after adding, removing or changing a scale, run `npm run generate -w @psyscreen/scales`.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findScaleIds } from "./find-scale-ids";
import { answerShape, renderAnswerTypes } from "./render-answer-types";
import { renderCatalog } from "./render-catalog";

const root = new URL("../", import.meta.url);
const target = new URL("src/catalog.ts", root);
const typesTarget = new URL("src/answer-types.ts", root);
const ids = findScaleIds(root);
writeFileSync(target, renderCatalog(ids));
const shapes = ids.map((id) =>
  answerShape(JSON.parse(readFileSync(new URL(`${id}/scale.json`, root), "utf8"))),
);
writeFileSync(typesTarget, renderAnswerTypes(shapes));
execFileSync(
  "npx",
  ["biome", "check", "--write", fileURLToPath(target), fileURLToPath(typesTarget)],
  {
    cwd: fileURLToPath(root),
    stdio: "inherit",
  },
);
console.log(`wrote ${target.pathname} and ${typesTarget.pathname}: ${ids.join(", ")}`);
