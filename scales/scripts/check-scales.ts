// Run before every build (`npm run build -w @psyscreen/scales`): the build fails when any
// scale folder does not validate, lacks its README, or has a fixture that fails.
import { checkScaleFolder } from "./check-scale-folder";
import { findScaleIds } from "./find-scale-ids";

const root = new URL("../", import.meta.url);
const ids = findScaleIds(root);
const problems = ids.flatMap((id) => checkScaleFolder(root, id));
if (problems.length > 0) {
  console.error(`${problems.length} problem(s) in scales/:\n${problems.join("\n")}`);
  process.exit(1);
}
console.log(`scales ok: ${ids.join(", ")}`);
