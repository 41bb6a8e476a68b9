import type { CampaignInput, CensusResponse, Roster } from "@psyscreen/registry";
import { SqliteStore } from "@psyscreen/registry/sqlite";

/** What the portal keeps of its synthetic school beside the registry. */
export interface PortalSchool {
  campaign: CampaignInput;
  roster: Roster;
  /** Obviously fake display names per student id (from `@psyscreen/demo-data`). */
  names: Record<string, { en: string; "zh-CN": string }>;
  /** Classes whose students answer live in the portal (their sheets were not seeded). */
  openClasses: string[];
  seededAt: string;
}

/**
 * The portal's SQLite file: the registry's events (through `SqliteStore`, on the same
 * connection) plus the portal's own tables — the school, the census sheets (the item
 * answers stay here, never in the registry) and the log of on-request access.
 */
export class PortalStore {
  readonly registryStore: SqliteStore;

  /** @param file - a path or `:memory:` */
  constructor(file: string) {
    this.registryStore = new SqliteStore(file);
    this.registryStore.db.exec(`
      CREATE TABLE IF NOT EXISTS portal_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS portal_sheets (
        student_id TEXT NOT NULL, scale_id TEXT NOT NULL, body TEXT NOT NULL,
        PRIMARY KEY (student_id, scale_id)
      );
      CREATE TABLE IF NOT EXISTS portal_access_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, role TEXT NOT NULL,
        student_id TEXT NOT NULL, what TEXT NOT NULL
      );
    `);
  }

  /** The seeded school, or null before seeding. */
  school(): PortalSchool | null {
    const row = this.registryStore.db
      .prepare("SELECT value FROM portal_meta WHERE key = 'school'")
      .get() as { value: string } | undefined;
    return row === undefined ? null : (JSON.parse(row.value) as PortalSchool);
  }

  saveSchool(school: PortalSchool): void {
    this.registryStore.db
      .prepare("INSERT OR REPLACE INTO portal_meta (key, value) VALUES ('school', ?)")
      .run(JSON.stringify(school));
  }

  /** Every census sheet, seeded and answered live. */
  sheets(): CensusResponse[] {
    const rows = this.registryStore.db.prepare("SELECT body FROM portal_sheets").all() as {
      body: string;
    }[];
    return rows.map((r) => JSON.parse(r.body) as CensusResponse);
  }

  /** Whether the student has any sheet this term. */
  hasSheet(studentId: string): boolean {
    return (
      this.registryStore.db
        .prepare("SELECT 1 FROM portal_sheets WHERE student_id = ? LIMIT 1")
        .get(studentId) !== undefined
    );
  }

  /** Stores sheets in one transaction (a student's sheet without a scale counts for all). */
  saveSheets(sheets: readonly CensusResponse[]): void {
    const insert = this.registryStore.db.prepare(
      "INSERT OR REPLACE INTO portal_sheets (student_id, scale_id, body) VALUES (?, ?, ?)",
    );
    this.registryStore.db.transaction(() => {
      for (const s of sheets) insert.run(s.studentId, s.scaleId ?? "", JSON.stringify(s));
    })();
  }

  /** Removes sheets again (when the registry refuses the events they go with). */
  deleteSheets(studentId: string): void {
    this.registryStore.db.prepare("DELETE FROM portal_sheets WHERE student_id = ?").run(studentId);
  }

  /** Logs an access the profile grants only on request (`StudentView.accessLogged`). */
  logAccess(role: string, studentId: string, what: string, time: string): void {
    this.registryStore.db
      .prepare("INSERT INTO portal_access_log (time, role, student_id, what) VALUES (?, ?, ?, ?)")
      .run(time, role, studentId, what);
  }

  /** The access log, newest first. */
  accessLog(): { time: string; role: string; student_id: string; what: string }[] {
    return this.registryStore.db
      .prepare("SELECT time, role, student_id, what FROM portal_access_log ORDER BY seq DESC")
      .all() as { time: string; role: string; student_id: string; what: string }[];
  }

  close(): void {
    this.registryStore.close();
  }
}
