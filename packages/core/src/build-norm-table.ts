import type { NormTable } from "./norm-table-schema";

/** Input of `buildNormTable`. */
export interface NormSample {
  id: string;
  version: string;
  /** How the sample was drawn, when, by whom: the citation of this norm. */
  source: string;
  group: NormTable["group"];
  /** Score id → the raw scores of the sample (nulls and NaN are left out). */
  scores: Record<string, readonly (number | null)[]>;
}

/**
 * Builds a versioned norm table from a sample's scores: per score the mean and SD
 * (n − 1) and a lookup from each observed raw value to its mid-point percentile rank,
 * 100 × (count below + ½ count equal) / n. The table can go into a scale definition's
 * `norms` as it is. A score whose sample values are all equal (SD 0) gets the lookup only,
 * since z and T are undefined for it.
 *
 * @param sample - id, version, source, group and the raw scores per score
 * @returns the norm table; `n` is the smallest count over its scores
 * @throws Error "buildNormTable requires at least 2 scores per score id"
 * @example
 * buildNormTable({ id: "g7", version: "2026", source: "…", group: {}, scores: { total: [1, 2, 3, 3] } })
 *   .scores.total // => { mean: 2.25, sd: 0.957…, lookup: [{ min: 1, max: 1, percentile: 12.5 }, …] }
 */
export function buildNormTable(sample: NormSample): NormTable {
  let n = Number.POSITIVE_INFINITY;
  const scores: NormTable["scores"] = {};
  for (const [scoreId, raw] of Object.entries(sample.scores)) {
    const values = raw
      .filter((v): v is number => v !== null && Number.isFinite(v))
      .sort((a, b) => a - b);
    if (values.length < 2) {
      throw new Error("buildNormTable requires at least 2 scores per score id", {
        cause: { score: scoreId, n: values.length },
      });
    }
    n = Math.min(n, values.length);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1);
    const lookup: { min: number; max: number; percentile: number }[] = [];
    let below = 0;
    for (let i = 0; i < values.length; ) {
      let j = i;
      while (j < values.length && values[j] === values[i]) j++;
      const equal = j - i;
      lookup.push({
        min: values[i]!,
        max: values[i]!,
        percentile: (100 * (below + equal / 2)) / values.length,
      });
      below += equal;
      i = j;
    }
    // A sample with one value has no spread: z and T are undefined, the percentiles stand.
    scores[scoreId] = variance > 0 ? { mean, sd: Math.sqrt(variance), lookup } : { lookup };
  }
  return {
    id: sample.id,
    version: sample.version,
    source: sample.source,
    n,
    group: sample.group,
    scores,
  };
}
