import { type Locale, scoreResponse } from "@psyscreen/core";
import { type CensusResponse, censusEvents } from "@psyscreen/registry";
import { getScale } from "@psyscreen/scales";
import { issueText } from "./issue-text";
import type { Portal } from "./open-portal";

/** What a student's page posts: item answers per scale, and when the student began. */
export interface BatterySubmission {
  studentId: string;
  answers: Record<string, Record<string, number | null>>;
  startedAt?: string;
}

/** The outcome of `recordBattery`: recorded, or the reasons nothing was written. */
export type RecordOutcome =
  | { success: true; flagged: boolean }
  | { success: false; status: number; messages: string[] };

/** The scales a student answers this term, or undefined for a student the portal does not open. */
export function batteryOf(portal: Portal, studentId: string): string[] | undefined {
  const student = portal.school.roster.students.find((s) => s.studentId === studentId);
  if (student === undefined || !portal.school.openClasses.includes(student.units.class ?? ""))
    return undefined;
  return portal.school.campaign.scales?.[student.grade] ?? [];
}

/**
 * Scores a student's battery on the server — the client's scores are never read — and
 * records it: the sheets (with the answers) in the portal's table, the census results
 * and flags (scores, never answers) in the registry, where a critical or acute flag
 * opens a provisional top level at once. A student answers once a term.
 *
 * @param portal - the open portal
 * @param submission - the student and their answers per scale
 * @param now - the time recorded
 * @param locale - the locale of the messages
 * @returns the outcome
 */
export async function recordBattery(
  portal: Portal,
  submission: BatterySubmission,
  now: Date,
  locale: Locale,
): Promise<RecordOutcome> {
  const battery = batteryOf(portal, submission.studentId);
  if (battery === undefined || battery.length === 0) {
    return {
      success: false,
      status: 404,
      messages: [locale === "zh-CN" ? "没有这名学生的测评。" : "No screening for this student."],
    };
  }
  if (portal.store.hasSheet(submission.studentId)) {
    return {
      success: false,
      status: 409,
      messages: [locale === "zh-CN" ? "本学期已经作答。" : "Already answered this term."],
    };
  }
  const at = now.toISOString();
  const term = portal.school.campaign.term;
  const sheets: CensusResponse[] = [];
  const events = [];
  const messages: string[] = [];
  let flagged = false;
  for (const scaleId of battery) {
    const answers = submission.answers[scaleId];
    if (answers === undefined) {
      messages.push(`${scaleId}: ${locale === "zh-CN" ? "缺少作答" : "answers missing"}`);
      continue;
    }
    const result = scoreResponse(getScale(scaleId), answers, { locale });
    if (result.issues.length > 0) {
      messages.push(...result.issues.map((i) => `${scaleId}: ${i.message}`));
      continue;
    }
    flagged ||= result.flags.length > 0;
    sheets.push({
      studentId: submission.studentId,
      scaleId,
      status: "completed",
      answers,
      ...(submission.startedAt && !Number.isNaN(Date.parse(submission.startedAt))
        ? { startedAt: new Date(submission.startedAt).toISOString() }
        : {}),
      finishedAt: at,
    });
    events.push(...censusEvents({ term, at }, submission.studentId, result, "portal"));
  }
  if (messages.length > 0) return { success: false, status: 400, messages };
  portal.store.saveSheets(sheets);
  const appended = await portal.registry.appendAll(events);
  if (!appended.success) {
    portal.store.deleteSheets(submission.studentId);
    return {
      success: false,
      status: 422,
      messages: appended.issues.map((i) => issueText(i, locale)),
    };
  }
  return { success: true, flagged };
}
