import { fillTemplate, type Locale, type ScaleDefinition, type ScaleResult } from "@psyscreen/core";
import { CARELESS_MESSAGES } from "./careless-messages";
import { CARELESS_DEFAULTS, type CarelessOptions } from "./careless-options";
import type { CensusResponse } from "./census-response-schema";
import type { CarelessIndicator } from "./census-result";

function indicator(
  kind: CarelessIndicator["kind"],
  scaleId: string,
  params: Record<string, number | string>,
  locale: Locale,
): CarelessIndicator {
  return { kind, scaleId, params, message: fillTemplate(CARELESS_MESSAGES[locale][kind], params) };
}

/**
 * Looks for signs of careless answering in one completed sheet: straight-lining (every
 * answered item of a response set with enough items has the same value), implausibly
 * fast completion (when `startedAt` and `finishedAt` are given) and the scale's own
 * validity rules (`invalid` flags in the result). Indicators only lower confidence:
 * they never change the result or its flags.
 *
 * @param definition - the scale
 * @param response - the completed sheet
 * @param result - its core result
 * @param options - thresholds (see `CARELESS_DEFAULTS`) and `locale`
 * @returns the indicators found, possibly none
 * @example
 * carelessIndicators(phq9, { studentId: "s1", scaleId: "phq-9", status: "completed",
 *   answers, startedAt: "2026-09-20T08:00:00Z", finishedAt: "2026-09-20T08:00:05Z" },
 *   result).map((i) => i.kind) // => ["too-fast"]
 */
export function carelessIndicators(
  definition: ScaleDefinition,
  response: CensusResponse,
  result: ScaleResult,
  options: Partial<CarelessOptions> & { locale?: Locale } = {},
): CarelessIndicator[] {
  const opts = { ...CARELESS_DEFAULTS, ...options };
  const locale = options.locale ?? "en";
  const answers = response.answers ?? {};
  const found: CarelessIndicator[] = [];

  for (const set of definition.responseSets) {
    if (set.kind !== "choice") continue;
    const values = definition.items
      .filter((item) => item.responseSet === set.id)
      .map((item) => answers[item.id])
      .filter((v): v is number => typeof v === "number");
    if (values.length < opts.straightLiningMinItems) continue;
    const value = values[0]!;
    if (values.some((v) => v !== value)) continue;
    const lowest = Math.min(...set.options.map((o) => o.value));
    if (value === lowest && !opts.straightLiningCountsLowest) continue;
    found.push(
      indicator("straight-lining", definition.id, { items: values.length, value }, locale),
    );
  }

  if (response.startedAt !== undefined && response.finishedAt !== undefined) {
    const answered = definition.items.filter((i) => typeof answers[i.id] === "number").length;
    const seconds = (Date.parse(response.finishedAt) - Date.parse(response.startedAt)) / 1000;
    const perItem = answered > 0 ? seconds / answered : Number.POSITIVE_INFINITY;
    if (perItem < opts.minSecondsPerItem) {
      const secondsPerItem = Math.round(perItem * 10) / 10;
      found.push(
        indicator(
          "too-fast",
          definition.id,
          { secondsPerItem, limit: opts.minSecondsPerItem },
          locale,
        ),
      );
    }
  }

  for (const flag of result.flags) {
    if (flag.kind === "invalid") {
      found.push(indicator("validity-scale", definition.id, { flag: flag.id }, locale));
    }
  }
  return found;
}
