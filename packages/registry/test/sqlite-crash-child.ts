// A child process for sqlite-store.test.ts: imports a large census into a SQLite store
// and, in "kill" mode, announces on stdout when it is in the middle of the transaction,
// then waits there to be killed.
import { writeSync } from "node:fs";
import Database from "better-sqlite3";
import { importCensus } from "../src/import-census";
import { Registry } from "../src/registry";
import { SqliteStore } from "../src/sqlite-store";
import { result } from "./census-fixtures";
import { K12 } from "./event-fixtures";

const [file, mode, countArg] = process.argv.slice(2);
const count = Number(countArg);
const db = new Database(file!);
let inserted = 0;
db.function("progress", () => {
  inserted += 1;
  if (inserted === Math.floor(count / 2)) {
    writeSync(1, "mid\n");
    if (mode === "kill") Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  }
  return 0;
});
const store = new SqliteStore(db);
db.exec(
  "CREATE TEMP TRIGGER progress_tick AFTER INSERT ON registry_events BEGIN SELECT progress(); END",
);
const students = Array.from({ length: count }, (_, i) => ({
  studentId: `big-${i}`,
  results: [result("phq9", i % 27)],
}));
const outcome = await importCensus(new Registry(K12, store), {
  term: "2026-2027-1",
  at: "2026-10-10T02:00:00Z",
  students,
});
writeSync(1, `${outcome.success ? "done" : "refused"}\n`);
