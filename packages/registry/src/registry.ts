import type { Locale } from "@psyscreen/core";
import { applyEvent } from "./apply-event";
import { fileOrder, foldEvents } from "./fold-events";
import { MemoryStore } from "./memory-store";
import type { RegionProfile } from "./region-profile-schema";
import { type RegistryEvent, RegistryEventSchema } from "./registry-event-schema";
import { type RegistryIssue, RegistryIssueCollector } from "./registry-issue";
import type { RegistryStore } from "./registry-store";
import { emptyFile, type StudentFile } from "./student-file";
import { addZodIssues } from "./zod-issues";

/** The outcome of appending: how many events were added and skipped, or the issues. */
export type AppendResult =
  | { success: true; added: number; skipped: number }
  | { success: false; issues: RegistryIssue[] };

/** Options of a `Registry`. */
export interface RegistryOptions {
  /** The locale of issue messages; default `en`. */
  locale?: Locale;
}

/** Whether two parsed events are the same record (same fields, same values). */
function sameEvent(a: RegistryEvent, b: RegistryEvent): boolean {
  const canon = (e: RegistryEvent) =>
    JSON.stringify(e, (_, v: unknown) =>
      v !== null && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)))
        : v,
    );
  return canon(a) === canon(b);
}

/**
 * The special-student registry (一生一册): append-only files of events, each checked
 * against the student's file and the region profile before it is stored. An event
 * already stored with the same content is skipped, so appending is idempotent.
 *
 * @example
 * const registry = new Registry(profile);
 * await registry.append(event); // => { success: true, added: 1, skipped: 0 }
 * (await registry.file("s-1")).status // => "flagged-pending-review"
 */
export class Registry {
  readonly #store: RegistryStore;
  readonly #locale: Locale;
  #queue: Promise<unknown> = Promise.resolve();

  /**
   * @param profile - a validated region profile (`validateProfile(...).data`)
   * @param store - where events are kept; default a new `MemoryStore`
   * @param options - `locale` of issue messages
   */
  constructor(
    readonly profile: RegionProfile,
    store: RegistryStore = new MemoryStore(),
    options: RegistryOptions = {},
  ) {
    this.#store = store;
    this.#locale = options.locale ?? "en";
  }

  /**
   * A student's file as their events make it.
   *
   * @param studentId - the student
   * @returns the file (universal and empty for a student with no events)
   */
  async file(studentId: string): Promise<StudentFile> {
    return foldEvents(this.profile, await this.#store.events(studentId), studentId);
  }

  /** The files of every student with events. */
  async files(): Promise<StudentFile[]> {
    const ids = await this.#store.students();
    return Promise.all(ids.map((id) => this.file(id)));
  }

  /** A student's events, in file order. */
  async events(studentId: string): Promise<RegistryEvent[]> {
    return fileOrder(await this.#store.events(studentId));
  }

  /**
   * Appends one event; see `appendAll`.
   *
   * @param event - the event, as written
   * @returns the outcome
   */
  append(event: unknown): Promise<AppendResult> {
    return this.appendAll([event]);
  }

  /**
   * Appends events in one store transaction, after checking each against its student's
   * file in file order (time, then id) and the profile. If any is refused, nothing is
   * written and the issues say why; events already stored unchanged are skipped.
   *
   * @param inputs - events, as written
   * @returns `{ success: true, added, skipped }` or `{ success: false, issues }`
   */
  appendAll(inputs: readonly unknown[]): Promise<AppendResult> {
    const run = this.#queue.then(() => this.#appendAll(inputs));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #appendAll(inputs: readonly unknown[]): Promise<AppendResult> {
    const issues = new RegistryIssueCollector(this.#locale);
    const byStudent = new Map<string, RegistryEvent[]>();
    inputs.forEach((input, i) => {
      const parsed = RegistryEventSchema.safeParse(input);
      if (!parsed.success) {
        const local = new RegistryIssueCollector(this.#locale);
        addZodIssues(local, input, parsed.error);
        for (const issue of local.issues)
          issues.issues.push({ ...issue, path: [i, ...issue.path] });
        return;
      }
      const list = byStudent.get(parsed.data.studentId) ?? [];
      list.push(parsed.data);
      byStudent.set(parsed.data.studentId, list);
    });
    if (issues.issues.length > 0) return { success: false, issues: issues.issues };

    const fresh: RegistryEvent[] = [];
    let skipped = 0;
    for (const [studentId, incoming] of byStudent) {
      const stored = await this.#store.events(studentId);
      const known = new Map(stored.map((e) => [e.id, e]));
      const added: RegistryEvent[] = [];
      for (const event of incoming) {
        const same = known.get(event.id);
        if (same === undefined) {
          known.set(event.id, event);
          added.push(event);
        } else if (sameEvent(same, event)) skipped += 1;
        else issues.add("duplicate-event", [studentId, event.id], { id: event.id });
      }
      if (added.length === 0) continue;
      let file = emptyFile(studentId);
      for (const event of fileOrder([...stored, ...added])) {
        const result = applyEvent(this.profile, file, event, this.#locale);
        if (!result.success) {
          issues.issues.push(...result.issues);
          break;
        }
        file = result.file;
      }
      fresh.push(...added);
    }
    if (issues.issues.length > 0) return { success: false, issues: issues.issues };
    if (fresh.length > 0) await this.#store.append(fresh);
    return { success: true, added: fresh.length, skipped };
  }
}
