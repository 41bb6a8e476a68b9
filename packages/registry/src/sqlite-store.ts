import Database from "better-sqlite3";
import type { RegistryEvent } from "./registry-event-schema";
import type { RegistryStore } from "./registry-store";

/** The version of the SQLite layout; a store refuses a file written by a later one. */
export const SQLITE_LAYOUT_VERSION = 1;

/**
 * A `RegistryStore` in a SQLite file (Node only, through better-sqlite3). The database
 * runs in WAL mode with full sync; every `append` — a whole census import — is one
 * transaction, so a crash leaves all of it or none.
 *
 * @example
 * import { SqliteStore } from "@psyscreen/registry/sqlite";
 * const registry = new Registry(profile, new SqliteStore("registry.db"));
 */
export class SqliteStore implements RegistryStore {
  /** The connection, for hosts that back it up or inspect it. */
  readonly db: Database.Database;
  readonly #insert: Database.Statement<[string, string, string]>;
  readonly #byStudent: Database.Statement<[string], { body: string }>;
  readonly #students: Database.Statement<[], { student_id: string }>;

  /**
   * @param file - a path, `:memory:`, or an open better-sqlite3 connection
   * @throws if the file was written by a later layout version
   */
  constructor(file: string | Database.Database) {
    this.db = typeof file === "string" ? new Database(file) : file;
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS registry_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS registry_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        student_id TEXT NOT NULL,
        body TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS registry_events_student ON registry_events (student_id, seq);
    `);
    this.db
      .prepare("INSERT OR IGNORE INTO registry_meta (key, value) VALUES ('layout', ?)")
      .run(String(SQLITE_LAYOUT_VERSION));
    const layout = this.db
      .prepare("SELECT value FROM registry_meta WHERE key = 'layout'")
      .get() as {
      value: string;
    };
    if (Number(layout.value) > SQLITE_LAYOUT_VERSION) {
      throw new Error(
        `SqliteStore requires layout ${SQLITE_LAYOUT_VERSION} or earlier; the file has ${layout.value}`,
      );
    }
    this.#insert = this.db.prepare(
      "INSERT INTO registry_events (id, student_id, body) VALUES (?, ?, ?)",
    );
    this.#byStudent = this.db.prepare(
      "SELECT body FROM registry_events WHERE student_id = ? ORDER BY seq",
    );
    this.#students = this.db.prepare(
      "SELECT student_id FROM registry_events GROUP BY student_id ORDER BY MIN(seq)",
    );
  }

  async append(events: readonly RegistryEvent[]): Promise<void> {
    const insertAll = this.db.transaction((list: readonly RegistryEvent[]) => {
      for (const e of list) this.#insert.run(e.id, e.studentId, JSON.stringify(e));
    });
    insertAll(events);
  }

  async events(studentId: string): Promise<RegistryEvent[]> {
    return this.#byStudent.all(studentId).map((row) => JSON.parse(row.body) as RegistryEvent);
  }

  async students(): Promise<string[]> {
    return this.#students.all().map((row) => row.student_id);
  }

  /** Closes the connection. */
  close(): void {
    this.db.close();
  }
}
