import type { ScaleResult, ScreenFlag } from "@psyscreen/core";

/** A synthetic scale result with a total and the given flag kinds. */
export function result(
  scaleId: string,
  total: number,
  kinds: readonly ScreenFlag["kind"][] = [],
): ScaleResult {
  return {
    scaleId,
    scaleVersion: "1.0.0",
    engineVersion: "0.1.0",
    locale: "en",
    scores: {
      total: {
        value: total,
        band: total > 9 ? "moderate" : "minimal",
        answered: 9,
        prorated: false,
      },
    },
    flags: kinds.map((kind, i) => ({
      id: `${kind}-${i}`,
      kind,
      source: "instrument",
      items: [],
      scores: ["total"],
      message: `${kind} flag`,
    })),
    issues: [],
  };
}
