import { type CensusReport, type CensusResult, censusReport, runCensus } from "@psyscreen/registry";
import { getScale } from "@psyscreen/scales";
import type { Portal } from "./open-portal";

/**
 * The term's census as it stands: `runCensus` over the roster and every sheet stored —
 * seeded and answered live — with its report (counts only).
 *
 * @param portal - the open portal
 * @param now - when the census runs
 * @returns the census result and its report
 */
export function currentCensus(
  portal: Portal,
  now: Date,
): { result: CensusResult; report: CensusReport } {
  const { campaign, roster } = portal.school;
  const ids = [...new Set(Object.values(campaign.scales ?? {}).flat())];
  const run = runCensus(
    {
      profile: portal.profile,
      campaign,
      roster,
      responses: portal.store.sheets(),
      scales: ids.map((id) => getScale(id)),
    },
    { now },
  );
  if (!run.success)
    throw new Error("currentCensus requires valid stored sheets", { cause: run.issues });
  return { result: run.data, report: censusReport(run.data, { profile: portal.profile }) };
}
