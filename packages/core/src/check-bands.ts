import type { IssueCollector } from "./issue-collector";
import type { BandDefinition } from "./score-schema";
import type { ScoreShape } from "./score-shape";

const EPSILON = 1e-9;

/**
 * Checks a score's bands: ascending, non-empty, inside the score's range, and covering
 * it without gaps or overlaps on the grid its values lie on.
 */
export function checkBands(
  issues: IssueCollector,
  path: (string | number)[],
  bands: readonly BandDefinition[],
  shape: ScoreShape,
): void {
  const here = (band: BandDefinition) => [...path, "bands", band.id];
  const ids = new Set<string>();
  for (const band of bands) {
    if (ids.has(band.id)) issues.add("duplicate-id", [...here(band), "id"], { id: band.id });
    ids.add(band.id);
    if (band.min > band.max) issues.add("band-empty", here(band), { min: band.min, max: band.max });
    for (const value of [band.min, band.max]) {
      if (value < shape.min - EPSILON || value > shape.max + EPSILON) {
        issues.add("band-out-of-range", here(band), { value, min: shape.min, max: shape.max });
      }
    }
  }
  if (shape.step === undefined) {
    if (bands.length > 0) issues.add("band-step-unknown", [...path, "bands"]);
    return;
  }
  const step = shape.step;
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (first === undefined || last === undefined) return;
  if (Number.isFinite(shape.min) && first.min > shape.min + EPSILON) {
    issues.add("band-gap", here(first), { from: shape.min, to: first.min });
  }
  for (let i = 1; i < bands.length; i++) {
    const previous = bands[i - 1]!;
    const band = bands[i]!;
    if (band.min < previous.min) {
      issues.add("band-order", here(band), { min: band.min });
    } else if (band.min > previous.max + step + EPSILON) {
      issues.add("band-gap", here(band), { from: previous.max, to: band.min });
    } else if (band.min < previous.max + step - EPSILON) {
      issues.add("band-overlap", here(band), { from: band.min, to: previous.max });
    }
  }
  if (Number.isFinite(shape.max) && last.max < shape.max - EPSILON) {
    issues.add("band-gap", here(last), { from: last.max, to: shape.max });
  }
}
