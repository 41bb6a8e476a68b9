import type { FileContext } from "./file-context";
import type { RegistryEvent } from "./registry-event-schema";
import type { StudentFile } from "./student-file";

const CONCERN_KINDS = new Set(["attention", "positive", "critical", "acute"]);

function after(file: StudentFile, since: string | null): RegistryEvent[] {
  const from = since === null ? Number.NEGATIVE_INFINITY : Date.parse(since);
  return file.history.filter((e) => Date.parse(e.time) >= from && !file.corrected.includes(e.id));
}

/** The census results since `since`, grouped by term in file order. */
function termsSince(file: StudentFile, since: string | null) {
  const terms = new Map<string, boolean>();
  for (const e of after(file, since)) {
    if (e.type !== "census-result") continue;
    const negative = e.flags.every((f) => !CONCERN_KINDS.has(f.kind));
    terms.set(e.term, (terms.get(e.term) ?? true) && negative);
  }
  return [...terms.values()];
}

/**
 * The first exit criterion of the profile (§10 item 11) the file does not meet, or
 * undefined when all hold. Re-screens count from when the student came onto the list;
 * interviews, observations and case conferences from when the current level was set.
 *
 * @param ctx - the exit being applied
 * @param file - the file before the exit
 * @returns the kind of the unmet criterion
 */
export function unmetExitCriterion(ctx: FileContext, file: StudentFile): string | undefined {
  const recent = after(file, file.levelSince);
  const latest = <T extends RegistryEvent["type"]>(type: T) =>
    recent.filter((e): e is Extract<RegistryEvent, { type: T }> => e.type === type).at(-1);
  for (const criterion of ctx.profile.exit.criteria) {
    const count = criterion.count ?? 1;
    let met: boolean;
    switch (criterion.kind) {
      case "rescreen-negative": {
        const terms = termsSince(file, file.openedAt);
        met = terms.length >= count && terms.slice(-count).every(Boolean);
        break;
      }
      case "rescreen-level-drop": {
        const ranks = file.levelHistory
          .filter((s) => file.openedAt === null || Date.parse(s.time) >= Date.parse(file.openedAt))
          .map((s) => (s.level === null ? 0 : (ctx.index.levels.get(s.level)?.severityRank ?? 0)));
        const current =
          file.level === null ? 0 : (ctx.index.levels.get(file.level)?.severityRank ?? 0);
        met =
          Math.max(0, ...ranks) - current >= count && termsSince(file, file.levelSince).length > 0;
        break;
      }
      case "interview-no-risk":
        met = latest("interview")?.noRisk === true;
        break;
      case "observer-reports-stable":
        met = latest("observation")?.stable === true;
        break;
      case "plan-goals-met":
        met = file.plan?.goalsMet === true;
        break;
      case "case-conference-or-clinician":
        met = recent.some((e) => e.type === "case-conference" || e.type === "medical-document");
        break;
    }
    if (!met) return criterion.kind;
  }
  return undefined;
}
