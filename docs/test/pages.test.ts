// Runs the samples of every page of docs/getting-started and docs/concepts: a page's
// ```json file=… blocks are written to a fresh folder, its ```sh commands run there with
// the built `psyscreen` (each must exit 0 and print the `# ` lines shown under it), and
// its ```ts blocks run as one program in Node in that folder, every `expr; // => value`
// checked. Other
// languages run in their own test files (SAMPLE_RUNNERS); a language none runs fails.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import * as duckdb from "@duckdb/node-api";
import * as core from "@psyscreen/core";
import * as demo from "@psyscreen/demo-data";
import * as registry from "@psyscreen/registry";
import * as scales from "@psyscreen/scales";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, psyscreenBatch } from "../../packages/cli/test/built-cli";
import { DOC_PAGES, readPage, repo, SAMPLE_RUNNERS } from "./doc-pages";
import { runProgram } from "./run-program";
import { shellCommands, showsLine } from "./shell-sample";

/** The workspace packages and the dependencies they declare: what `npm install` may name. */
function installable(): Set<string> {
  const names = new Set<string>();
  const root = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as {
    workspaces: string[];
  };
  for (const ws of root.workspaces.filter((w) => !w.includes("*"))) {
    const pkg = JSON.parse(readFileSync(join(repo, ws, "package.json"), "utf8"));
    names.add(pkg.name);
    for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
      for (const dep of Object.keys(pkg[field] ?? {})) names.add(dep);
    }
  }
  return names;
}

const pages = DOC_PAGES.map((page) => ({ page, ...readPage(page) }));

beforeAll(() => {
  if (pages.some((p) => p.blocks.some((b) => b.lang === "sh"))) ensureBuilt();
}, 600_000);

describe("docs pages", () => {
  it("has pages to run", () => {
    expect(DOC_PAGES).toContain("docs/getting-started/embedding.md");
  });

  it.each(pages.map((p) => [p.page, p] as const))("%s: every sample is one a test runs", (_, p) => {
    const unrun = p.blocks
      .filter((b) => SAMPLE_RUNNERS[b.lang] === undefined || (b.lang === "json" && !b.attrs.file))
      .map((b) => `line ${b.line}: \`\`\`${b.lang}`);
    expect(unrun).toEqual([]);
  });

  it.each(pages.map((p) => [p.page, p] as const))(
    "%s: its files, commands and code run as shown",
    { timeout: 240_000 },
    async (_, p) => {
      const dir = mkdtempSync(join(tmpdir(), "psyscreen-docs-page-"));
      for (const b of p.blocks.filter((b) => b.lang === "json")) {
        const file = join(dir, b.attrs.file!);
        mkdirSync(dirname(file), { recursive: true });
        JSON.parse(b.code); // a sample of JSON is valid JSON
        writeFileSync(file, b.code);
      }
      const commands = p.blocks
        .filter((b) => b.lang === "sh")
        .flatMap((b) => shellCommands(b.code));
      const packages = installable();
      for (const c of commands.filter((c) => c.program === "npm")) {
        expect(c.args[0], `npm ${c.args.join(" ")}`).toBe("install");
        const named = c.args.slice(1).filter((a) => !a.startsWith("-"));
        expect(named.filter((n) => !packages.has(n.replace(/(.)@.*$/, "$1")))).toEqual([]);
      }
      const run = commands.filter((c) => c.program !== "npm");
      expect(run.filter((c) => c.program !== "psyscreen").map((c) => c.program)).toEqual([]);
      const results =
        run.length > 0
          ? psyscreenBatch(
              run.map((c) => c.args),
              dir,
            )
          : [];
      for (const [i, c] of run.entries()) {
        const { code, out, err } = results[i]!;
        const line = `psyscreen ${c.args.join(" ")}`;
        expect({ line, code, err: code === 0 ? "" : err }).toEqual({ line, code: 0, err: "" });
        for (const shown of c.shows)
          expect(showsLine(out + err, shown), `${line}\n# ${shown}\n${out}${err}`).toBe(true);
      }
      const ts = p.blocks.filter((b) => b.lang === "ts").map((b) => b.code);
      if (ts.length > 0) {
        const modules = {
          "@psyscreen/core": core,
          "@psyscreen/scales": scales,
          "@psyscreen/registry": registry,
          "@psyscreen/demo-data": demo,
          "@duckdb/node-api": duckdb,
          "node:fs": await import("node:fs"),
        };
        // the program runs in the page's folder, where its files and commands wrote theirs
        // (vitest runs test files in child processes, so chdir is allowed)
        const cwd = process.cwd();
        process.chdir(dir);
        const checked = await runProgram(ts.join("\n"), modules).finally(() => process.chdir(cwd));
        expect(checked.length, "a page's TypeScript shows what it gives (// =>)").toBeGreaterThan(
          0,
        );
      }
    },
  );
});
