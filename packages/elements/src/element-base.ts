/// <reference lib="dom" />

// Node (SSR, the consumer test) has no HTMLElement: the element class must still be importable.
export const ElementBase = (
  typeof HTMLElement === "function" ? HTMLElement : class {}
) as typeof HTMLElement;
