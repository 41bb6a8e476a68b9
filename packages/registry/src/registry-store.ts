import type { RegistryEvent } from "./registry-event-schema";

/**
 * Where a registry keeps its events. A store only keeps them: the `Registry` checks every
 * event against the file and the profile before it reaches the store.
 */
export interface RegistryStore {
  /**
   * Appends events in one transaction: all of them are kept, or none (a census import
   * is one call). Event ids are unique across the store.
   */
  append(events: readonly RegistryEvent[]): Promise<void>;
  /** The events of one student, in the order they were appended. */
  events(studentId: string): Promise<RegistryEvent[]>;
  /** Every student with at least one event, in the order first seen. */
  students(): Promise<string[]>;
}
