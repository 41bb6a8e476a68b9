import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { result } from "../test/census-fixtures";
import { ev, flag, K12 } from "../test/event-fixtures";
import { importCensus } from "./import-census";
import * as main from "./index";
import { Registry } from "./registry";
import * as sqliteEntry from "./sqlite";
import { SqliteStore } from "./sqlite-store";

const dir = mkdtempSync(join(tmpdir(), "psyscreen-registry-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const child = fileURLToPath(new URL("../test/sqlite-crash-child.ts", import.meta.url));

/** Runs the child; in kill mode, SIGKILLs it when it says it is mid-transaction. */
function runChild(file: string, mode: "kill" | "complete", count: number) {
  return new Promise<{ signal: NodeJS.Signals | null; out: string }>((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      ["--conditions=@psyscreen/source", "--import", "tsx", child, file, mode, String(count)],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    proc.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (mode === "kill" && out.includes("mid")) proc.kill("SIGKILL");
    });
    proc.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    proc.on("error", reject);
    proc.on("close", (code, signal) => {
      if (code !== 0 && signal === null) reject(new Error(err));
      else resolve({ signal, out });
    });
  });
}

async function count(file: string) {
  const store = new SqliteStore(file);
  const ids = await store.students();
  const events = (await Promise.all(ids.map((id) => store.events(id)))).flat().length;
  store.close();
  return { students: ids.length, events };
}

describe("SqliteStore", () => {
  it("lives in the Node entry point only, so the main entry stays browser-safe", () => {
    expect(Object.keys(sqliteEntry).sort()).toEqual(["SQLITE_LAYOUT_VERSION", "SqliteStore"]);
    expect(Object.keys(main)).not.toContain("SqliteStore");
  });

  it("keeps events per student in append order and serves a Registry", async () => {
    const store = new SqliteStore(":memory:");
    const registry = new Registry(K12, store);
    expect(
      (await registry.appendAll([flag(0, "positive"), ev("interview", 1, { noRisk: true })]))
        .success,
    ).toBe(true);
    expect((await registry.file("s-1")).openFlags).toEqual([]);
    expect(await store.students()).toEqual(["s-1"]);
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("memory");
    store.close();
  });

  it("runs in WAL mode and refuses a duplicate id in a batch, writing none of it", async () => {
    const file = join(dir, "wal.db");
    const store = new SqliteStore(file);
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    const a = ev("observation", 0, { domain: "mood", concern: "none", stable: true });
    await expect(store.append([a, a])).rejects.toThrow(/UNIQUE/);
    expect(await store.students()).toEqual([]);
    store.close();
  });

  it("an import idempotent across reopening the file", async () => {
    const file = join(dir, "reopen.db");
    const census = {
      term: "2026-2027-1",
      at: "2026-10-10T02:00:00Z",
      students: [{ studentId: "s-1", results: [result("phq9", 15, ["positive"])] }],
    };
    const first = new SqliteStore(file);
    expect(await importCensus(new Registry(K12, first), census)).toMatchObject({ added: 2 });
    first.close();
    const second = new SqliteStore(file);
    expect(await importCensus(new Registry(K12, second), census)).toMatchObject({
      added: 0,
      skipped: 2,
    });
    second.close();
  });

  it("a process killed in the middle of a census import leaves none of it; a finished one all of it", async () => {
    const file = join(dir, "crash.db");
    const before = new SqliteStore(file);
    const earlier = {
      term: "2025-2026-2",
      at: "2026-04-10T02:00:00Z",
      students: [{ studentId: "s-0", results: [result("phq9", 4)] }],
    };
    await importCensus(new Registry(K12, before), earlier);
    before.close();

    const killed = await runChild(file, "kill", 2000);
    expect(killed.signal).toBe("SIGKILL");
    expect(killed.out).toContain("mid");
    expect(await count(file)).toEqual({ students: 1, events: 1 });

    const finished = await runChild(file, "complete", 2000);
    expect(finished.out).toContain("done");
    expect(await count(file)).toEqual({ students: 2001, events: 2001 });
  }, 120_000);
});
