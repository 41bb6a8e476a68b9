import type { ItemDomain } from "./item-domain";
import type { ItemDefinition } from "./scale-definition-schema";
import type { ScoreDefinition } from "./score-schema";

/**
 * What values a score can take: its range, and the grid its values lie on (1 for
 * integer scores, 10^-digits for rounded ones, undefined when unknown). Bands and flag
 * checks read it.
 */
export interface ScoreShape {
  min: number;
  max: number;
  step: number | undefined;
}

interface ItemFacts {
  item: ItemDefinition;
  domain: ItemDomain;
}

/**
 * Works out a score's shape from its items' domains and its rules, in dependency order
 * (formula scores declare their range).
 */
export function scoreShape(score: ScoreDefinition, items: readonly ItemFacts[]): ScoreShape {
  let shape: ScoreShape;
  switch (score.method) {
    case "formula":
      shape = { min: score.range.min, max: score.range.max, step: undefined };
      break;
    case "count":
      shape = { min: 0, max: items.length, step: 1 };
      break;
    case "sum":
    case "mean":
      shape = aggregateShape(score, items);
      break;
  }
  if (score.transform !== undefined) {
    const { multiply, add } = score.transform;
    const a = shape.min * multiply + add;
    const b = shape.max * multiply + add;
    const integer = shape.step === 1 && Number.isInteger(multiply) && Number.isInteger(add);
    shape = { min: Math.min(a, b), max: Math.max(a, b), step: integer ? 1 : undefined };
  }
  if (score.rounding !== undefined) {
    shape = { ...shape, step: 10 ** -score.rounding.digits };
  }
  return shape;
}

function aggregateShape(
  score: Extract<ScoreDefinition, { method: "sum" | "mean" }>,
  items: readonly ItemFacts[],
): ScoreShape {
  const n = items.length;
  const keyed = items.map(({ item, domain }) => {
    const a = domain.min * item.weight;
    const b = domain.max * item.weight;
    return {
      low: Math.min(a, b),
      high: Math.max(a, b),
      integer: domain.integer && Number.isInteger(item.weight),
    };
  });
  const lows = keyed.map((k) => k.low).sort((a, b) => a - b);
  const highs = keyed.map((k) => k.high).sort((a, b) => b - a);
  const integer = keyed.every((k) => k.integer);
  const minAnswered = score.missing?.minAnswered ?? n;
  const allRequired = minAnswered >= n;
  const sum = (xs: number[]) => xs.reduce((acc, x) => acc + x, 0);
  const mean = (xs: number[]) => sum(xs) / xs.length;

  if (score.method === "mean") {
    return {
      min: mean(lows.slice(0, minAnswered)),
      max: mean(highs.slice(0, minAnswered)),
      step: n === 1 && integer ? 1 : undefined,
    };
  }
  if (allRequired) return { min: sum(lows), max: sum(highs), step: integer ? 1 : undefined };
  if (score.missing?.method === "sum-answered") {
    return {
      min: extremeSubsetSum(lows, minAnswered, (x) => x < 0),
      max: extremeSubsetSum(highs, minAnswered, (x) => x > 0),
      step: integer ? 1 : undefined,
    };
  }
  // prorated: sum × n / answered, i.e. n × the mean of the answered items
  const prorateRounding = score.missing?.rounding;
  const proratedInteger = prorateRounding !== undefined && prorateRounding.digits === 0;
  return {
    min: Math.min(sum(lows), n * mean(lows.slice(0, minAnswered))),
    max: Math.max(sum(highs), n * mean(highs.slice(0, minAnswered))),
    step:
      prorateRounding !== undefined
        ? proratedInteger && integer
          ? 1
          : 10 ** -prorateRounding.digits
        : undefined,
  };
}

/**
 * The most extreme sum of at least `least` of the values (sorted most extreme first):
 * take every value that pushes the sum further, then enough others to reach `least`.
 */
function extremeSubsetSum(sorted: number[], least: number, pushes: (x: number) => boolean): number {
  let total = 0;
  let taken = 0;
  for (const x of sorted) {
    if (taken < least || pushes(x)) {
      total += x;
      taken++;
    }
  }
  return total;
}
