import { applyEvent } from "./apply-event";
import type { RegionProfile } from "./region-profile-schema";
import type { RegistryEvent } from "./registry-event-schema";
import { emptyFile, type StudentFile } from "./student-file";

/**
 * Puts a student's events in file order: by time, then by id. The order events arrived
 * in does not matter, so a census imported late lands where its time puts it.
 *
 * @param events - events of one student
 * @returns a sorted copy
 * @example
 * fileOrder([later, earlier])[0] === earlier // => true
 */
export function fileOrder(events: readonly RegistryEvent[]): RegistryEvent[] {
  return [...events].sort((a, b) => {
    const dt = Date.parse(a.time) - Date.parse(b.time);
    if (dt !== 0) return dt;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/**
 * Derives a student's file (一生一册) from their events, folding them in file order
 * through the status machine of domain-research.md §9 under the profile's guards.
 *
 * @param profile - a validated region profile
 * @param events - the student's accepted events, in any order
 * @param studentId - the student, when there are no events
 * @returns the file
 * @throws if an event is refused: events in a store were checked when appended, so this
 *   means the store or the profile changed underneath (the issues are the `cause`)
 * @example
 * foldEvents(profile, [positiveFlag]).status // => "flagged-pending-review"
 */
export function foldEvents(
  profile: RegionProfile,
  events: readonly RegistryEvent[],
  studentId = events[0]?.studentId ?? "",
): StudentFile {
  let file = emptyFile(studentId);
  for (const event of fileOrder(events)) {
    const result = applyEvent(profile, file, event);
    if (!result.success) {
      throw new Error(
        `foldEvents requires events that apply in file order; "${event.id}" does not: ${result.issues[0]?.message}`,
        { cause: result.issues },
      );
    }
    file = result.file;
  }
  return file;
}
