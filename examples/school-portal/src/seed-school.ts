import { generateSchool } from "@psyscreen/demo-data";
import { type CensusResponse, censusEvents, type Registry, runCensus } from "@psyscreen/registry";
import type { PortalSchool, PortalStore } from "./portal-store";

/** The classes whose students answer live: one lower-secondary, one upper-primary class. */
export const OPEN_CLASSES = ["g7-c1", "g5-c1"];

const HOUR = 3_600_000;

/** A time moved by `delta` milliseconds. */
function shift(time: string | undefined, delta: number): string | undefined {
  return time === undefined ? undefined : new Date(Date.parse(time) + delta).toISOString();
}

/**
 * Seeds an empty portal with a synthetic school from `@psyscreen/demo-data` (two classes
 * per grade of 30; grades 4–9 screened) and records its census in the registry. The
 * open classes get no sheets, so their students can answer live. The sheets are moved
 * in time so that the last one was finished six hours before `now`: deadlines then fall
 * around today, some met and some overdue, whatever day the demo runs.
 *
 * @param store - the portal's file
 * @param registry - the registry on the same file
 * @param now - the time of seeding
 * @returns the school as stored
 */
export async function seedSchool(
  store: PortalStore,
  registry: Registry,
  now: Date,
): Promise<PortalSchool> {
  const school = generateSchool({ seed: 2026, classesPerGrade: 2, classSize: 30 });
  const open = new Set(
    school.roster.students
      .filter((s) => OPEN_CLASSES.includes(s.units.class ?? ""))
      .map((s) => s.studentId),
  );
  const finished = school.responses.flatMap((r) =>
    r.finishedAt ? [Date.parse(r.finishedAt)] : [],
  );
  const delta = now.getTime() - 6 * HOUR - Math.max(...finished);
  const sheets: CensusResponse[] = school.responses
    .filter((r) => !open.has(r.studentId))
    .map((r) => {
      const startedAt = shift(r.startedAt, delta);
      const finishedAt = shift(r.finishedAt, delta);
      return { ...r, ...(startedAt ? { startedAt } : {}), ...(finishedAt ? { finishedAt } : {}) };
    });
  const window = school.campaign.window;
  const end = Math.max(Date.parse(shift(window.end, delta)!), now.getTime() + 14 * 24 * HOUR);
  const campaign = {
    ...school.campaign,
    window: { start: shift(window.start, delta)!, end: new Date(end).toISOString() },
  };
  const run = runCensus(
    {
      profile: school.profile,
      campaign,
      roster: school.roster,
      responses: sheets,
      scales: school.scales,
    },
    { now },
  );
  if (!run.success)
    throw new Error("seedSchool requires a valid synthetic census", { cause: run.issues });
  // each student's results are recorded when their last sheet was finished, as a portal
  // that scores on submission would have recorded them (censusEvents, as importCensus)
  const finishedBy = new Map<string, string>();
  for (const s of sheets) {
    if (s.finishedAt && (finishedBy.get(s.studentId) ?? "") < s.finishedAt) {
      finishedBy.set(s.studentId, s.finishedAt);
    }
  }
  const events = run.data.students.flatMap((s) =>
    s.results.flatMap((r) =>
      censusEvents(
        { term: campaign.term, at: finishedBy.get(s.studentId) ?? run.data.runAt },
        s.studentId,
        r,
      ),
    ),
  );
  const imported = await registry.appendAll(events);
  if (!imported.success) {
    throw new Error("seedSchool requires an importable census", { cause: imported.issues });
  }
  const stored: PortalSchool = {
    campaign,
    roster: school.roster,
    names: school.names,
    openClasses: OPEN_CLASSES,
    seededAt: now.toISOString(),
  };
  store.saveSheets(sheets);
  store.saveSchool(stored);
  return stored;
}
