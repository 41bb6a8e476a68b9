// `npm run demo`: builds the workspaces the portal needs when their build is missing or
// older than their sources, then starts the portal (arguments pass through: --port,
// --reset, --data). Only Node built-ins here, so it runs before anything is built.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../../../", import.meta.url).pathname;
// in dependency order
const NEEDED = [
  ["@psyscreen/core", "packages/core"],
  ["@psyscreen/scales", "scales"],
  ["@psyscreen/registry", "packages/registry"],
  ["@psyscreen/demo-data", "packages/demo-data"],
  ["@psyscreen/survey", "packages/survey"],
  ["@psyscreen/elements", "packages/elements"],
];

const SKIP = new Set(["dist", "node_modules", "test", "coverage"]);

/** The newest modification time of a package's inputs (not its build, tests or modules). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name)) latest = Math.max(latest, newest(path));
    } else if (!entry.name.endsWith(".test.ts")) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

function oldestOutput(dist) {
  if (!existsSync(dist)) return 0;
  const files = readdirSync(dist).map((f) => statSync(join(dist, f)).mtimeMs);
  return files.length === 0 ? 0 : Math.min(...files);
}

let rebuilt = false;
for (const [name, dir] of NEEDED) {
  const stale = rebuilt || oldestOutput(join(root, dir, "dist")) < newest(join(root, dir));
  if (!stale) continue;
  console.log(`building ${name} …`);
  const run = spawnSync("npm", ["run", "build", "-w", name], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  rebuilt = true;
}

const server = spawn(
  "tsx",
  [join(root, "examples/school-portal/src/main.ts"), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
