// Generates the API reference of every published package (TypeDoc with
// typedoc-plugin-markdown, settings in typedoc.json) into docs/reference:
//   npm run docs:reference            write it
//   npm run docs:reference -- --check fail (exit 1) when the committed pages are stale
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const repo = new URL("..", import.meta.url).pathname;
const committed = join(repo, "docs/reference");
const check = process.argv.includes("--check");
const out = check ? mkdtempSync(join(tmpdir(), "psyscreen-reference-")) : committed;

if (!check) rmSync(committed, { recursive: true, force: true });
execFileSync(process.execPath, [join(repo, "node_modules/typedoc/bin/typedoc"), "--out", out], {
  cwd: repo,
  stdio: "inherit",
});

if (check) {
  /** Every file under a folder, as paths relative to it. */
  const files = (dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)))
      .sort();
  const fresh = files(out);
  const old = (() => {
    try {
      return files(committed);
    } catch {
      return [];
    }
  })();
  const stale = [
    ...fresh.filter(
      (f) =>
        !old.includes(f) ||
        readFileSync(join(out, f), "utf8") !== readFileSync(join(committed, f), "utf8"),
    ),
    ...old.filter((f) => !fresh.includes(f)),
  ];
  rmSync(out, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(
      `docs/reference is stale (${stale.length} files differ): run npm run docs:reference\n  ${stale.slice(0, 20).join("\n  ")}`,
    );
    process.exit(1);
  }
  console.log(`docs/reference is up to date (${fresh.length} files)`);
}
