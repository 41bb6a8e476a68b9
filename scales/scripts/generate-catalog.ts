// Writes src/catalog.ts from the folders that hold a scale.json, then formats it with
// Biome. A test fails when the committed catalog is out of date with the folders: after
// adding or removing a scale folder, run `npm run generate -w @psyscreen/scales`.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findScaleIds } from "./find-scale-ids";
import { renderCatalog } from "./render-catalog";

const root = new URL("../", import.meta.url);
const target = new URL("src/catalog.ts", root);
const ids = findScaleIds(root);
writeFileSync(target, renderCatalog(ids));
execFileSync("npx", ["biome", "check", "--write", fileURLToPath(target)], {
  cwd: fileURLToPath(root),
  stdio: "inherit",
});
console.log(`wrote ${target.pathname}: ${ids.join(", ")}`);
