/**
 * The Node-only entry point: a SQLite store for the registry (better-sqlite3).
 *
 * @module @psyscreen/registry/sqlite
 */
// The Node-only entry point: `@psyscreen/registry/sqlite`. The main entry stays free of
// Node modules so that it runs in browsers.
export { SQLITE_LAYOUT_VERSION, SqliteStore } from "./sqlite-store";
