import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
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

/**
 * Builds the CLI (and the packages it imports) when dist is missing or older than their
 * sources, so the tests run the binary users get; CI builds before it tests.
 */
export function ensureBuilt(): void {
  const built = (() => {
    try {
      return statSync(bin).mtimeMs;
    } catch {
      return 0;
    }
  })();
  const sources = ["packages/cli/src", "packages/core/src", "scales"].map((d) =>
    newest(join(repo, d)),
  );
  if (built > Math.max(...sources)) return;
  execFileSync(
    "npm",
    ["run", "build", "-w", "@psyscreen/core", "-w", "@psyscreen/scales", "-w", "@psyscreen/cli"],
    {
      cwd: repo,
      stdio: "ignore",
    },
  );
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
