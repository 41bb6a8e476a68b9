import { transitionKey } from "./registry-status";
import { routingKey } from "./routing-rule-schema";

/**
 * The name of a list entry in a path: its `id` or `code`, the level it is about, its
 * routing or transition key, its criterion kind or its age band; `undefined` when it
 * has none of these.
 *
 * @param entry - an element of a profile list
 * @returns its name, or `undefined`
 * @example
 * entryName({ from: "crisis", to: "key" }) // => "crisis→key"
 */
export function entryName(entry: unknown): string | undefined {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return undefined;
  const e = entry as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
  if (str(e.id) !== undefined) return str(e.id);
  if (str(e.code) !== undefined) return str(e.code);
  if (str(e.level) !== undefined) return str(e.level);
  if (str(e.flag) !== undefined) {
    const flagId = str(e.flagId);
    return routingKey({ flag: e.flag as string, ...(flagId === undefined ? {} : { flagId }) });
  }
  if (str(e.from) !== undefined && str(e.to) !== undefined) {
    return transitionKey({ from: e.from as string, to: e.to as string });
  }
  if (str(e.kind) !== undefined) return str(e.kind);
  if (typeof e.minAge === "number") return `age ${e.minAge}+`;
  return undefined;
}
