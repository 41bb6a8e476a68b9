import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The repository root and the CLI's built entry point. */
export const repo = new URL("../../../", import.meta.url).pathname;
export const bin = join(repo, "packages/cli/dist/bin.js");
export const fixtures = join(repo, "packages/cli/test/fixtures");

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

/** When a package's dist/index.js was built (0: never); `dir` is its source folder. */
function builtAt(dir: string): number {
  const root = dir.endsWith("/src") ? dir.slice(0, -"/src".length) : dir;
  return statSync(join(repo, root, "dist", "index.js"), { throwIfNoEntry: false })?.mtimeMs ?? 0;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The CLI and the workspace packages it imports, in build order: source folder, name. */
const BUILT = [
  ["packages/core/src", "@psyscreen/core"],
  ["scales", "@psyscreen/scales"],
  ["packages/registry/src", "@psyscreen/registry"],
  ["packages/demo-data/src", "@psyscreen/demo-data"],
  ["packages/cli/src", "@psyscreen/cli"],
] as const;

/**
 * Builds the CLI (and the packages it imports) when dist is missing or older than their
 * sources, so the tests run the binary users get; CI builds before it tests. Test files
 * run in parallel workers: a lock folder lets one build while the others wait.
 */
export function ensureBuilt(): void {
  const fresh = () =>
    statSync(bin, { throwIfNoEntry: false }) !== undefined &&
    BUILT.every(([dir]) => builtAt(dir) > newest(join(repo, dir)));
  if (fresh()) return;
  const lock = join(
    tmpdir(),
    `psyscreen-build-${createHash("sha1").update(repo).digest("hex").slice(0, 12)}`,
  );
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      sleep(500); // another worker is building
      if (fresh()) return;
      // a lock left by a worker that died
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 300_000)
        rmSync(lock, { recursive: true, force: true });
    }
  }
  try {
    if (fresh()) return;
    execFileSync("npm", ["run", "build", ...BUILT.flatMap(([, name]) => ["-w", name])], {
      cwd: repo,
      stdio: "ignore",
    });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Runs the built `psyscreen` with arguments in a folder; stderr is a pipe, not a TTY. */
export function psyscreen(args: string[], cwd = fixtures, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH, LANG: "C", ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** What one command of a batch printed and returned. */
export interface RunResult {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs many `psyscreen` command lines through the built package's `runCli` in one Node
 * process (one start-up instead of one per command; the machine is shared), in order,
 * in a folder, with stderr not a terminal.
 */
export function psyscreenBatch(
  commands: string[][],
  cwd = fixtures,
  env: NodeJS.ProcessEnv = {},
): RunResult[] {
  const script = `
    const { runCli } = await import(${JSON.stringify(join(repo, "packages/cli/dist/index.js"))});
    const commands = JSON.parse(process.argv[1]);
    const results = [];
    for (const args of commands) {
      let out = "";
      let err = "";
      const io = { out: (s) => { out += s; }, err: (s) => { err += s; }, errIsTTY: false };
      const code = await runCli(args, io, process.env);
      results.push({ code, out, err });
    }
    process.stdout.write(JSON.stringify(results));`;
  const result = spawnSync(
    process.execPath,
    ["--input-type=module", "-e", script, JSON.stringify(commands)],
    {
      cwd,
      encoding: "utf8",
      env: { PATH: process.env.PATH, LANG: "C", ...env },
      maxBuffer: 1 << 28,
    },
  );
  if (result.status !== 0) throw new Error(`the batch failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as RunResult[];
}
