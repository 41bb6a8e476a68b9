#!/usr/bin/env node
// Tests the packages as a consumer gets them from npm. For every public workspace
// package (found through the root package.json's `workspaces`): publint (strict) and
// are-the-types-wrong on the packed tarball; then one throw-away project installs all
// the tarballs (workspace packages resolve to the tarballs, never to the registry) and
// imports them from ESM, from CommonJS and from TypeScript (node16 and bundler
// resolution). Run it after `npm run build`.
//
//   node tools/consumer-test.mjs [--keep]      (--keep leaves the temp dir for a look)
//
// Prints one line per check and ends with `consumer: N passed, M failed`; exits 1 on
// any failure.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const requireFromRoot = createRequire(join(ROOT, "package.json"));
const keep = process.argv.includes("--keep");
const started = Date.now();

let passed = 0;
let failed = 0;

/** Prints one result line, and the details of a failure indented under it. */
function report(ok, label, detail = "") {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "ok  " : "FAIL"}  ${label}${ok && detail ? ` — ${detail}` : ""}`);
  if (!ok && detail) console.log(indent(detail));
}

function indent(text) {
  return String(text)
    .trimEnd()
    .split("\n")
    .map((line) => `        ${line}`)
    .join("\n");
}

// npm passes its own run state to scripts (npm_config_local_prefix, npm_package_*, the
// workspace filter); a nested npm must not inherit it. User config (registry, cache,
// cafile) stays.
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) =>
      !/^npm_(package_|lifecycle_|command$|config_(local_prefix|call|workspaces?|include_workspace_root)$)/i.test(
        key,
      ),
  ),
);

/** Runs a command; resolves to { code, stdout, stderr } and never rejects. */
function run(cmd, args, options = {}) {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { env: childEnv, maxBuffer: 64 * 1024 * 1024, timeout: 90_000, ...options },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        const extra = error && typeof error.code !== "number" ? `\n${error.message}` : "";
        resolve({ code, stdout: String(stdout), stderr: String(stderr) + extra });
      },
    );
  });
}

const output = (r) => `${r.stdout}\n${r.stderr}`.trim();

// ---------------------------------------------------------------------------------
// Workspace discovery: the root `workspaces` globs ("dir", "dir/*"), public packages.

function expandGlob(pattern) {
  let dirs = [ROOT];
  for (const segment of pattern.split("/").filter(Boolean)) {
    const next = [];
    for (const dir of dirs) {
      if (segment === "*") {
        if (!existsSync(dir)) continue;
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          if (entry.isDirectory() && entry.name !== "node_modules" && !entry.name.startsWith(".")) {
            next.push(join(dir, entry.name));
          }
        }
      } else if (segment.includes("*")) {
        throw new Error(
          `consumer-test supports only "dir" and "dir/*" workspace globs: ${pattern}`,
        );
      } else {
        next.push(join(dir, segment));
      }
    }
    dirs = next;
  }
  return dirs;
}

function publicPackages() {
  const rootPkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const globs = Array.isArray(rootPkg.workspaces)
    ? rootPkg.workspaces
    : rootPkg.workspaces.packages;
  const found = [];
  for (const dir of globs.flatMap(expandGlob)) {
    const file = join(dir, "package.json");
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, "utf8"));
    if (!pkg.private) found.push({ dir, pkg, name: pkg.name, rel: relative(ROOT, dir) });
  }
  return found;
}

// ---------------------------------------------------------------------------------
// Per package: built and fresh, packed, publint, attw.

/** Files of a tree, skipping what does not go into a build (dist, tests, docs). */
function* buildInputs(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!["dist", "node_modules", "__snapshots__", "test", "coverage"].includes(entry.name)) {
        yield* buildInputs(path);
      }
    } else if (
      !/\.(md|test\.[cm]?[jt]sx?)$|^\.|\.tgz$|^scale\.schema\.json$|^fixtures\.json$/.test(
        entry.name,
      )
    ) {
      yield path;
    }
  }
}

/** The build input changed after the oldest file of dist/, if any. */
function staleInput(p) {
  const dist = join(p.dir, "dist");
  if (!existsSync(dist)) return null;
  let built = Number.POSITIVE_INFINITY;
  for (const entry of readdirSync(dist, { recursive: true })) {
    const st = statSync(join(dist, entry));
    if (st.isFile()) built = Math.min(built, st.mtimeMs);
  }
  for (const file of buildInputs(p.dir)) {
    if (statSync(file).mtimeMs > built) return relative(p.dir, file);
  }
  return null;
}

/** Every file path named by `exports`, `main`, `module`, `types` (no globs). */
function entryFiles(pkg) {
  const files = new Set();
  const walk = (value) => {
    if (typeof value === "string") {
      if (value.startsWith("./") && !value.includes("*")) files.add(value);
    } else if (value && typeof value === "object") {
      for (const v of Object.values(value)) walk(v);
    }
  };
  walk(pkg.exports);
  for (const field of ["main", "module", "types", "typings"]) walk(pkg[field]);
  return [...files];
}

function checkBuilt(p) {
  const missing = entryFiles(p.pkg).filter((f) => !existsSync(join(p.dir, f)));
  if (missing.length > 0) {
    report(
      false,
      `${p.name}: built`,
      `missing ${missing.join(", ")} — run \`npm run build\` first`,
    );
    return false;
  }
  const stale = staleInput(p);
  if (stale !== null) {
    report(false, `${p.name}: built`, `${stale} is newer than dist/ — run \`npm run build\` first`);
    return false;
  }
  report(true, `${p.name}: built`, `${entryFiles(p.pkg).length} entry files present`);
  return true;
}

async function pack(p, dest) {
  await mkdir(dest, { recursive: true });
  const r = await run("npm", ["pack", "--json", "--pack-destination", dest], { cwd: p.dir });
  const tarballs = existsSync(dest) ? readdirSync(dest).filter((f) => f.endsWith(".tgz")) : [];
  if (r.code !== 0 || tarballs.length !== 1) {
    report(false, `${p.name}: npm pack`, output(r));
    return null;
  }
  const tarball = join(dest, tarballs[0]);
  let summary = tarballs[0];
  let files = [];
  try {
    const json = JSON.parse(r.stdout.slice(r.stdout.indexOf("[")));
    files = json[0].files.map((f) => f.path);
    summary += `, ${json[0].entryCount} files, ${kb(json[0].size)} packed, ${kb(json[0].unpackedSize)} unpacked`;
  } catch {
    // the summary is informational; publint and attw read the tarball itself
  }
  const stray = files.filter((f) => /\.test\.[cm]?[jt]sx?$|(^|\/)__snapshots__\//.test(f));
  if (stray.length > 0) {
    report(false, `${p.name}: npm pack`, `tests in the tarball: ${stray.join(", ")}`);
    return null;
  }
  report(true, `${p.name}: npm pack`, summary);
  return tarball;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

async function runPublint(p, tarball) {
  const { publint } = await import(requireFromRoot.resolve("publint"));
  const { formatMessage } = await import(requireFromRoot.resolve("publint/utils"));
  const data = await readFile(tarball);
  const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
  const { messages, pkg } = await publint({
    pack: { tarball: buffer },
    strict: true,
    level: "suggestion",
  });
  const lines = messages.map(
    (m) => `${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`,
  );
  const errors = messages.filter((m) => m.type === "error");
  const suggestions = messages.length - errors.length;
  return [
    errors.length === 0,
    `${p.name}: publint --strict`,
    errors.length === 0
      ? suggestions === 0
        ? "no issues"
        : `${suggestions} suggestion(s):\n${indent(lines.join("\n"))}`
      : lines.join("\n"),
  ];
}

async function runAttw(p, tarball) {
  const cliPkgPath = requireFromRoot.resolve("@arethetypeswrong/cli/package.json");
  const cliPkg = JSON.parse(readFileSync(cliPkgPath, "utf8"));
  const bin = join(cliPkgPath, "..", typeof cliPkg.bin === "string" ? cliPkg.bin : cliPkg.bin.attw);
  // A package with a CommonJS entry must work for require() under node16 too; an
  // ESM-only one is checked for import (node16 from ESM) and bundlers.
  const main = p.pkg.main ?? "";
  const hasCjs =
    JSON.stringify(p.pkg.exports ?? {}).includes('"require"') ||
    main.endsWith(".cjs") ||
    (main.endsWith(".js") && p.pkg.type !== "module");
  const profile = hasCjs ? "node16" : "esm-only";
  const r = await run(process.execPath, [
    bin,
    tarball,
    "--profile",
    profile,
    "--format",
    "ascii",
    "--no-emoji",
    "--no-color",
  ]);
  const resolutions = hasCjs ? "node16 from CJS and ESM, bundler" : "node16 from ESM, bundler";
  return [
    r.code === 0,
    `${p.name}: attw --profile ${profile}`,
    r.code === 0 ? resolutions : output(r),
  ];
}

// ---------------------------------------------------------------------------------
// The consumer project.

const t = (en) => ({ en, "zh-CN": en });

/** A small valid scale: three 0–3 items summed, two bands, a critical flag on item 3. */
const INLINE_SCALE = {
  id: "consumer-check",
  version: "1.0.0",
  name: t("Consumer check"),
  population: { respondent: "self" },
  licence: { spdx: "CC0-1.0", embedText: true },
  sources: [{ citation: "Synthetic scale for the consumer test" }],
  responseSets: [
    {
      id: "freq",
      kind: "choice",
      options: [0, 1, 2, 3].map((value) => ({ value, label: t(`option ${value}`) })),
    },
  ],
  items: ["c1", "c2", "c3"].map((id) => ({ id, responseSet: "freq", text: t(`Item ${id}`) })),
  scores: [
    {
      id: "total",
      name: t("Total"),
      method: "sum",
      items: ["c1", "c2", "c3"],
      coding: "0-3",
      bands: [
        { id: "low", min: 0, max: 4, label: t("Low") },
        { id: "high", min: 5, max: 9, label: t("High") },
      ],
    },
  ],
  flags: [
    {
      id: "c3_critical",
      kind: "critical",
      source: "instrument",
      when: { item: "c3", op: ">=", value: 1 },
      message: t("Item 3 above zero"),
    },
  ],
};

// The same checks in ESM and CommonJS: a valid definition scores 2+2+1 = 5 → band
// "high" with the critical flag; a definition with a band gap is refused; the engine
// version is the package's version (the build replaced __PACKAGE_VERSION__).
const CORE_CHECK_BODY = `
const def = ${JSON.stringify(INLINE_SCALE)};
const checked = validateScale(def);
assert.equal(checked.success, true, JSON.stringify(checked.issues));
const result = scoreResponse(checked.data, { c1: 2, c2: 2, c3: 1 });
assert.equal(result.scaleId, "consumer-check");
assert.equal(result.scores.total.value, 5);
assert.equal(result.scores.total.band, "high");
assert.deepEqual(result.flags.map((f) => f.id), ["c3_critical"]);
assert.deepEqual(result.issues, []);
const gap = structuredClone(def);
gap.scores[0].bands[0].max = 3;
const refused = validateScale(gap);
assert.equal(refused.success, false);
assert.equal(refused.issues[0].code, "band-gap");
assert.equal(ENGINE_VERSION, corePkg.version);
console.log(\`\${entry}: total \${result.scores.total.value} (\${result.scores.total.band}), flags [\${result.flags.map((f) => f.id)}], ENGINE_VERSION \${ENGINE_VERSION}\`);
`;

// PHQ-9 with each of the nine items of the total answered 1 ("several days"): total 9,
// band "mild" (5–9), and item 9 above zero raises the critical flag (Kroenke, Spitzer &
// Williams 2001, J Gen Intern Med 16:606–613).
const SCALES_CHECK_BODY = `
const phq9 = getScale("phq-9");
const totalItems = phq9.scores.find((s) => s.id === "total").items;
assert.equal(totalItems.length, 9);
const phq = scoreResponse(phq9, Object.fromEntries(totalItems.map((id) => [id, 1])));
assert.equal(phq.scaleId, "phq-9");
assert.equal(phq.scores.total.value, 9);
assert.equal(phq.scores.total.band, "mild");
assert.ok(phq.flags.some((f) => f.kind === "critical" && f.items.includes("phq9_9")), "item 9 flag");
assert.deepEqual(phq.issues, []);
console.log(\`getScale("phq-9"): total \${phq.scores.total.value} (\${phq.scores.total.band}), flags [\${phq.flags.map((f) => f.id)}]\`);
`;

function esmScript(names, hasScales) {
  return `import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ENGINE_VERSION, scoreResponse, validateScale } from "@psyscreen/core";
${hasScales ? 'import { getScale } from "@psyscreen/scales";\n' : ""}
const entry = fileURLToPath(import.meta.resolve("@psyscreen/core")).split("node_modules/")[1];
assert.match(entry, /\\.m?js$/);
const corePkg = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve("@psyscreen/core/package.json")), "utf8"));
${CORE_CHECK_BODY}
${hasScales ? SCALES_CHECK_BODY : ""}
for (const name of ${JSON.stringify(names)}) {
  const mod = await import(name);
  assert.ok(Object.keys(mod).length > 0, name + " exports nothing");
}
`;
}

function cjsScript(names, hasScales) {
  return `"use strict";
const assert = require("node:assert/strict");
const { ENGINE_VERSION, scoreResponse, validateScale } = require("@psyscreen/core");
${hasScales ? 'const { getScale } = require("@psyscreen/scales");\n' : ""}
const entry = require.resolve("@psyscreen/core").split("node_modules/")[1];
assert.match(entry, /\\.cjs$/, "require() should load the CommonJS build");
const corePkg = require("@psyscreen/core/package.json");
${CORE_CHECK_BODY}
${hasScales ? SCALES_CHECK_BODY : ""}
for (const name of ${JSON.stringify(names)}) {
  assert.ok(Object.keys(require(name)).length > 0, name + " exports nothing");
}
`;
}

const RESOLVE_SCRIPT = `"use strict";
const assert = require("node:assert/strict");
const schema = require(require.resolve("@psyscreen/core/scale.schema.json"));
assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
assert.equal(typeof schema.$id, "string");
assert.equal(schema.type, "object");
assert.equal(require(require.resolve("@psyscreen/core/package.json")).name, "@psyscreen/core");
console.log("scale.schema.json (" + schema.$id + ") and package.json resolve");
`;

const RESOLVE_ESM_SCRIPT = `import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
const schema = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve("@psyscreen/core/scale.schema.json")), "utf8"));
assert.equal(schema.type, "object");
assert.equal(JSON.parse(readFileSync(fileURLToPath(import.meta.resolve("@psyscreen/core/package.json")), "utf8")).name, "@psyscreen/core");
console.log("import.meta.resolve finds both");
`;

// Type-checked only. The @ts-expect-error lines fail the check if the types degrade
// (to any, say) and no longer catch the mistake.
function typesSource(hasScales) {
  return `import {
  ENGINE_VERSION,
  type ScaleDefinition,
  type ScaleDefinitionInput,
  type ScaleResult,
  scoreResponse,
  validateScale,
} from "@psyscreen/core";
${hasScales ? 'import { getScale } from "@psyscreen/scales";\n\nexport const phq9: ScaleResult = scoreResponse(getScale("phq-9"), { phq9_1: 1 });\n' : ""}
type IsAny<T> = 0 extends 1 & T ? true : false;
const resultIsTyped: IsAny<ScaleResult> = false;
const definitionIsTyped: IsAny<ScaleDefinition> = false;

const input: ScaleDefinitionInput = ${JSON.stringify(INLINE_SCALE, null, 2)};

export function totalOf(answers: Record<string, number | null>): number | null {
  const checked = validateScale(input);
  if (!checked.success) return null;
  const definition: ScaleDefinition = checked.data;
  const result: ScaleResult = scoreResponse(definition, answers, { locale: "zh-CN" });
  const version: string = result.engineVersion;
  const total = result.scores.total;
  return total === undefined || version !== ENGINE_VERSION ? null : total.value;
}

export function mistakes(definition: ScaleDefinition, result: ScaleResult): void {
  // @ts-expect-error -- a score's value is number | null, not a string
  const text: string = result.scores.total?.value;
  // @ts-expect-error -- scoreResponse takes a definition, not a scale id
  scoreResponse("consumer-check", {});
  // @ts-expect-error -- "fr" is not a locale
  scoreResponse(definition, {}, { locale: "fr" });
  // @ts-expect-error -- ScaleResult has no "total"; scores are under "scores"
  result.total;
  void text;
}

export { definitionIsTyped, resultIsTyped };
`;
}

function tsconfig(kind, files) {
  const node16 = { module: "node16", moduleResolution: "node16" };
  const bundler = { module: "esnext", moduleResolution: "bundler" };
  return JSON.stringify(
    {
      compilerOptions: {
        ...(kind === "node16" ? node16 : bundler),
        target: "es2022",
        // zod's declarations name URL, which a consumer has from the DOM or @types/node
        lib: ["es2022", "dom"],
        types: [],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
      },
      files,
    },
    null,
    2,
  );
}

async function consumerChecks(packages, tarballs, work) {
  const app = join(work, "consumer");
  await mkdir(app, { recursive: true });
  const deps = Object.fromEntries(
    packages.map((p) => [p.name, `file:${relative(app, tarballs.get(p.name))}`]),
  );
  // Overrides make a workspace package's dependency on another (scales → core) use
  // the tarball too, instead of fetching that version from the registry.
  const overrides = Object.fromEntries(packages.map((p) => [p.name, `$${p.name}`]));
  await writeFile(
    join(app, "package.json"),
    JSON.stringify(
      {
        name: "psyscreen-consumer",
        version: "0.0.0",
        private: true,
        dependencies: deps,
        overrides,
      },
      null,
      2,
    ),
  );
  const install = await run(
    "npm",
    ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"],
    { cwd: app },
  );
  if (install.code !== 0) {
    report(false, "consumer: npm install of the tarballs", output(install));
    return;
  }
  // Every workspace package must come from its tarball, once, never from the registry.
  const lock = JSON.parse(await readFile(join(app, "package-lock.json"), "utf8"));
  const wrong = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    const name = path.split("node_modules/").at(-1);
    if (tarballs.has(name) && !String(entry.resolved ?? "").startsWith("file:")) {
      wrong.push(`${path} resolved to ${entry.resolved ?? entry.version}`);
    }
  }
  const installed = Object.keys(lock.packages ?? {}).filter((k) => k !== "").length;
  report(
    wrong.length === 0,
    "consumer: npm install of the tarballs",
    wrong.length === 0
      ? `${installed} packages, workspace packages from their tarballs`
      : wrong.join("\n"),
  );
  if (wrong.length > 0) return;

  const names = packages.map((p) => p.name);
  const hasScales = names.includes("@psyscreen/scales");
  const also = hasScales ? ", getScale(phq-9)" : "";
  const scripts = [
    [`consumer: ESM import${also}`, "check-esm.mjs", esmScript(names, hasScales)],
    [`consumer: CommonJS require${also}`, "check-cjs.cjs", cjsScript(names, hasScales)],
    [
      "consumer: require.resolve ./scale.schema.json, ./package.json",
      "check-resolve.cjs",
      RESOLVE_SCRIPT,
    ],
    [
      "consumer: import.meta.resolve ./scale.schema.json, ./package.json",
      "check-resolve.mjs",
      RESOLVE_ESM_SCRIPT,
    ],
  ];
  // TypeScript: node16 checks an ES module (.mts → index.d.ts) and a CommonJS one
  // (.cts → index.d.cts); bundler checks a .ts file.
  for (const [, file, source] of scripts) await writeFile(join(app, file), source);
  for (const ext of ["mts", "cts", "ts"])
    await writeFile(join(app, `check-types.${ext}`), typesSource(hasScales));
  await writeFile(
    join(app, "tsconfig.node16.json"),
    tsconfig("node16", ["check-types.mts", "check-types.cts"]),
  );
  await writeFile(join(app, "tsconfig.bundler.json"), tsconfig("bundler", ["check-types.ts"]));
  const tsPkgPath = requireFromRoot.resolve("typescript/package.json");
  const tsc = join(tsPkgPath, "..", "bin", "tsc");
  const tsVersion = JSON.parse(readFileSync(tsPkgPath, "utf8")).version;

  // All at once (tsc takes seconds each); reported in order.
  const checks = [
    ...scripts.map(async ([label, file]) => {
      const r = await run(process.execPath, [file], { cwd: app });
      return [
        r.code === 0,
        label,
        r.code === 0 ? r.stdout.trim().split("\n").join("; ") : output(r),
      ];
    }),
    ...["node16", "bundler"].map(async (kind) => {
      const r = await run(process.execPath, [tsc, "-p", `tsconfig.${kind}.json`], { cwd: app });
      const ok = `TypeScript ${tsVersion}: types resolve, the 4 @ts-expect-error lines error`;
      return [
        r.code === 0,
        `consumer: tsc --noEmit, moduleResolution ${kind}`,
        r.code === 0 ? ok : output(r),
      ];
    }),
  ];
  if (names.includes("@psyscreen/cli")) checks.push(cliCheck(app));
  for (const result of await Promise.all(checks)) report(...result);
}

/** The installed `psyscreen` bin scores a small CSV with PHQ-9 and prints SQL. */
async function cliCheck(app) {
  const label = "consumer: the psyscreen bin (score a CSV, print SQL)";
  const bin = join(app, "node_modules", ".bin", "psyscreen");
  const csv = join(app, "export.csv");
  await writeFile(
    csv,
    "id,phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9\nA,1,1,1,1,1,1,1,1,1\nB,1\n",
  );
  const score = await run(bin, ["score", "--scale", "phq-9", "--id-column", "id", csv], {
    cwd: app,
  });
  const lines = score.stdout.trim().split("\n");
  const sql = await run(bin, ["sql", "--scale", "gad-7", "--table", "t"], { cwd: app });
  const ok =
    score.code === 1 && // row B is rejected
    lines.length === 2 &&
    // the optional PHQ algorithm columns: one symptom present (item 9), no core item
    lines[1].startsWith("2,A,9,mild,1,0,no_syndrome,item9_positive,") &&
    score.stderr.includes("rows scored: 1 (0 with invalid answers), rejected: 1") &&
    sql.code === 0 &&
    sql.stdout.startsWith('WITH "items"');
  return [
    ok,
    label,
    ok ? `${lines[1]} | ${score.stderr.trim()}` : `${output(score)}\n${output(sql)}`,
  ];
}

// ---------------------------------------------------------------------------------

async function main() {
  const packages = publicPackages();
  console.log(
    `consumer test: ${packages.map((p) => `${p.name} (${p.rel})`).join(", ")}; node ${process.version}`,
  );
  if (!packages.some((p) => p.name === "@psyscreen/core")) {
    report(false, "workspaces include @psyscreen/core");
    return;
  }
  const work = await mkdtemp(join(tmpdir(), "psyscreen-consumer-"));
  try {
    const tarballs = new Map();
    for (const p of packages) {
      if (!checkBuilt(p)) continue;
      const tarball = await pack(p, join(work, "tarballs", p.name.replace(/[@/]/g, "_")));
      if (tarball === null) continue;
      tarballs.set(p.name, tarball);
      const results = await Promise.all([runPublint(p, tarball), runAttw(p, tarball)]);
      for (const result of results) report(...result);
    }
    if (tarballs.size === packages.length) await consumerChecks(packages, tarballs, work);
    else report(false, "consumer project", "skipped: not every package was built and packed");
  } finally {
    if (keep) console.log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  report(false, "consumer test crashed", error?.stack ?? String(error));
}
console.log(`consumer test took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`consumer: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
