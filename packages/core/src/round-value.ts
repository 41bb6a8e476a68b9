import type { Rounding } from "./identifier-schema";

/** How close to .5 a scaled fraction must be to count as a tie. */
export const TIE_TOLERANCE = 1e-9;

/**
 * Rounds a number by an explicit rule. Ties are detected with a small tolerance, so a
 * value such as 2.675 (stored as 2.67499…) still counts as a tie at two digits.
 *
 * @param value - the number to round
 * @param rule - digits and tie mode
 * @returns the rounded number
 * @example
 * roundValue(22.5, { digits: 0, mode: "half-up" }) // => 23
 * roundValue(22.5, { digits: 0, mode: "half-even" }) // => 22
 */
export function roundValue(value: number, rule: Rounding): number {
  const factor = 10 ** rule.digits;
  const scaled = value * factor;
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  let rounded: number;
  if (Math.abs(fraction - 0.5) <= TIE_TOLERANCE * Math.max(1, Math.abs(scaled))) {
    rounded = rule.mode === "half-up" || floor % 2 !== 0 ? floor + 1 : floor;
  } else {
    rounded = Math.round(scaled);
  }
  return rounded / factor;
}
