import { existsSync, readdirSync } from "node:fs";

/**
 * Lists the scale folders of the package: every direct subfolder of `root` that holds a
 * `scale.json`, by folder name, sorted. The folder name is the scale id.
 *
 * @param root - the package folder (`scales/`) as a file URL
 * @returns the folder names, sorted
 * @throws Error when `root` cannot be read (from `readdirSync`)
 * @example
 * findScaleIds(new URL("../", import.meta.url)) // => ["gad-7", "phq-9"]
 */
export function findScaleIds(root: URL): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => existsSync(new URL(`${name}/scale.json`, root)))
    .sort();
}
