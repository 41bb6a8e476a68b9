import { entryName } from "./name-path";

type Json = Record<string, unknown>;

/** The top-level lists whose entries are matched by key (code, id, level …) when merged. */
const KEYED_LISTS = new Set([
  "sources",
  "warningLevels",
  "orgTiers",
  "roles",
  "routing",
  "followUp",
  "transitions",
  "consent",
]);

function isPlainObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Merges an override into a parent profile:
 * - plain objects merge field by field, at every depth (the visibility matrix too);
 * - entries of the keyed lists (levels, tiers, roles, sources, routing, follow-up,
 *   transitions, consent bands) merge with the parent's entry of the same key, and new
 *   keys are appended; other lists (role lists, exit criteria) are replaced;
 * - fields named in the override's `replace` are taken whole;
 * - a `basis` in the override replaces the parent's whole; an object that carried a
 *   `basis` and is changed without one gets `{ setBy: <override id> }`, so a school's
 *   value never shows the region's source.
 *
 * @param parent - the resolved parent profile
 * @param child - the override, with `id`, `extends` and optional `replace`
 * @returns the merged profile, with `lineage` and without `extends` and `replace`
 * @example
 * mergeProfiles(region, { id: "school", extends: "region", reporting: { minCellSize: 10 } })
 *   .reporting // => { minCellSize: 10, basis: { setBy: "school" } }
 */
export function mergeProfiles(parent: Json, child: Json): Json {
  const setBy = String(child.id);
  const replace = new Set(Array.isArray(child.replace) ? child.replace.map(String) : []);
  const merged: Json = { ...parent };
  for (const [key, value] of Object.entries(child)) {
    if (key === "extends" || key === "replace") continue;
    const base = parent[key];
    if (replace.has(key)) merged[key] = value;
    else if (KEYED_LISTS.has(key) && Array.isArray(base) && Array.isArray(value)) {
      merged[key] = mergeKeyed(base, value, setBy);
    } else merged[key] = mergeValue(base, value, setBy);
  }
  const lineage = Array.isArray(parent.lineage) ? parent.lineage : [parent.id];
  merged.lineage = [setBy, ...lineage];
  return merged;
}

function mergeKeyed(base: unknown[], override: unknown[], setBy: string): unknown[] {
  const result = [...base];
  for (const entry of override) {
    const key = entryName(entry);
    const at = key === undefined ? -1 : result.findIndex((e) => entryName(e) === key);
    if (at === -1) result.push(entry);
    else result[at] = mergeValue(result[at], entry, setBy);
  }
  return result;
}

function mergeValue(base: unknown, override: unknown, setBy: string): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: Json = { ...base };
  for (const [key, value] of Object.entries(override)) {
    // a basis speaks for the values beside it: the override's replaces the parent's whole
    merged[key] = key === "basis" ? value : mergeValue(base[key], value, setBy);
  }
  if ("basis" in base && !("basis" in override)) merged.basis = { setBy };
  return merged;
}
