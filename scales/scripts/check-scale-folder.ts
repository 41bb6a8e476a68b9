import { existsSync, readFileSync } from "node:fs";
import { checkFixtures, FixtureFileSchema, validateScale } from "@psyscreen/core";

/**
 * Checks one scale folder the way the build requires it: `scale.json` validates with no
 * issues and its id is the folder name, `fixtures.json` parses and every case passes, and
 * `README.md` exists.
 *
 * @param root - the package folder (`scales/`) as a file URL
 * @param id - the folder name (the scale id)
 * @returns the problems found, one line each; empty when the folder is sound
 * @example
 * checkScaleFolder(new URL("../", import.meta.url), "phq-9") // => []
 */
export function checkScaleFolder(root: URL, id: string): string[] {
  const problems: string[] = [];
  const read = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(new URL(`${id}/${file}`, root), "utf8"));
    } catch (error) {
      problems.push(`${id}/${file}: cannot be read (${(error as Error).message})`);
      return undefined;
    }
  };
  if (!existsSync(new URL(`${id}/README.md`, root))) problems.push(`${id}/README.md is missing`);
  const json = read("scale.json");
  const scale = validateScale(json);
  if (!scale.success) {
    for (const issue of scale.issues) {
      problems.push(`${id}/scale.json ${issue.path.join(" › ")}: ${issue.message} [${issue.code}]`);
    }
    return problems;
  }
  if (scale.data.id !== id) problems.push(`${id}/scale.json has id "${scale.data.id}"`);
  const fixtures = FixtureFileSchema.safeParse(read("fixtures.json"));
  if (!fixtures.success) {
    problems.push(`${id}/fixtures.json does not match FixtureFileSchema`);
    return problems;
  }
  if (fixtures.data.scale !== id)
    problems.push(`${id}/fixtures.json is for "${fixtures.data.scale}"`);
  for (const outcome of checkFixtures(scale.data, fixtures.data)) {
    if (!outcome.passed)
      problems.push(`${id}/fixtures.json "${outcome.name}": ${outcome.mismatches.join("; ")}`);
  }
  return problems;
}
