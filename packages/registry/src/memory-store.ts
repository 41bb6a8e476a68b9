import type { RegistryEvent } from "./registry-event-schema";
import type { RegistryStore } from "./registry-store";

/**
 * A `RegistryStore` in memory, for tests, browsers and short-lived tools.
 *
 * @example
 * const registry = new Registry(profile, new MemoryStore());
 */
export class MemoryStore implements RegistryStore {
  readonly #byStudent = new Map<string, RegistryEvent[]>();
  readonly #ids = new Set<string>();

  async append(events: readonly RegistryEvent[]): Promise<void> {
    const ids = new Set<string>();
    for (const event of events) {
      if (this.#ids.has(event.id) || ids.has(event.id)) {
        throw new Error(`MemoryStore.append requires new event ids; "${event.id}" is taken`);
      }
      ids.add(event.id);
    }
    for (const event of events) {
      this.#ids.add(event.id);
      const list = this.#byStudent.get(event.studentId);
      if (list === undefined) this.#byStudent.set(event.studentId, [event]);
      else list.push(event);
    }
  }

  async events(studentId: string): Promise<RegistryEvent[]> {
    return [...(this.#byStudent.get(studentId) ?? [])];
  }

  async students(): Promise<string[]> {
    return [...this.#byStudent.keys()];
  }
}
