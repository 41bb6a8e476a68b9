import { type ScaleDefinition, validateScale } from "@psyscreen/core";
import { catalog, type ScaleId, scaleIds } from "./catalog";

const validated = new Map<ScaleId, ScaleDefinition>();

/**
 * Returns a scale of this package as a validated definition, ready for `scoreResponse`.
 * Each scale is validated with `validateScale` on first use and cached, so every call
 * for an id returns the same (frozen) object.
 *
 * @param id - a scale id, e.g. `"phq-9"` (see `scaleIds`)
 * @returns the validated definition, with defaults filled in
 * @throws RangeError "getScale requires a known scale id" naming the known ids, for an unknown id
 * @throws Error "getScale requires a valid bundled scale", with the issues as `cause`, if a
 *   shipped definition does not validate (a packaging bug: the package's tests prevent it)
 * @example
 * getScale("phq-9").scores[0].id // => "total"
 */
export function getScale(id: string): ScaleDefinition {
  if (!isScaleId(id)) {
    throw new RangeError(
      `getScale requires a known scale id; got ${JSON.stringify(id)}, known: ${scaleIds.join(", ")}`,
    );
  }
  const cached = validated.get(id);
  if (cached !== undefined) return cached;
  const result = validateScale(catalog[id]);
  if (!result.success) {
    throw new Error(`getScale requires a valid bundled scale; "${id}" has issues`, {
      cause: result.issues,
    });
  }
  const definition = deepFreeze(result.data);
  validated.set(id, definition);
  return definition;
}

function isScaleId(id: string): id is ScaleId {
  return (scaleIds as readonly string[]).includes(id);
}

// Frozen, so no caller can change a definition that every other caller shares.
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
