import type { ResponseSet } from "./scale-definition-schema";

/** The raw values an item can take, read from its response set. */
export interface ItemDomain {
  min: number;
  max: number;
  integer: boolean;
  /** The allowed values of a choice set, ascending; undefined for numeric sets. */
  values: readonly number[] | undefined;
}

/**
 * The domain of a response set: a choice set's values, or a numeric set's bounds
 * (infinite where none is given).
 */
export function itemDomain(set: ResponseSet): ItemDomain {
  if (set.kind === "choice") {
    const values = [...new Set(set.options.map((o) => o.value))].sort((a, b) => a - b);
    return {
      min: values[0]!,
      max: values[values.length - 1]!,
      integer: values.every(Number.isInteger),
      values,
    };
  }
  return {
    min: set.min ?? Number.NEGATIVE_INFINITY,
    max: set.max ?? Number.POSITIVE_INFINITY,
    integer: set.integer,
    values: undefined,
  };
}

/** Whether a value is one the domain allows. */
export function inDomain(domain: ItemDomain, value: number): boolean {
  if (domain.values !== undefined) return domain.values.includes(value);
  return value >= domain.min && value <= domain.max && (!domain.integer || Number.isInteger(value));
}
