// What the self-contained `psy-screening.min.js` is made of, from esbuild's metafile.
//   npx tsx scripts/bundle-report.ts          prints the table
//   npx tsx scripts/bundle-report.ts --write  also puts it into README.md
// (`npm run bundle-report -w @psyscreen/elements` runs the second.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { SINGLE_FILE_OPTIONS } from "../single-file.ts";

/** The part of the bundle an input file belongs to. */
function partOf(path: string): string {
  if (/survey-core\/[^?]*\.css/.test(path)) return "SurveyJS stylesheet (survey-core CSS)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
  if (pkg === undefined) {
    if (path.includes("scales/")) return "psyscreen: the scale definitions (@psyscreen/scales)";
    return "psyscreen: core, survey adapter, the element";
  }
  if (pkg === "survey-core") return "survey-core (SurveyJS model, themes, zh-CN strings)";
  if (pkg === "survey-react-ui") return "survey-react-ui";
  if (pkg === "react-dom") return "react-dom";
  if (pkg === "react" || pkg === "scheduler") return "react, scheduler";
  if (pkg === "zod") return "zod (core's schema validation)";
  return "other packages";
}

const out = mkdtempSync(join(tmpdir(), "psy-bundle-report-"));
try {
  const result = await build({
    ...SINGLE_FILE_OPTIONS,
    write: false,
    metafile: true,
    conditions: ["@psyscreen/source"],
    outdir: out,
    logLevel: "error",
  });
  const file = result.outputFiles[0]!.contents;
  const output = Object.values(result.metafile.outputs)[0]!;
  const parts = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    parts.set(partOf(path), (parts.get(partOf(path)) ?? 0) + bytesInOutput);
  }
  const fmt = (n: number) => n.toLocaleString("en-US");
  const rows = [...parts].sort((a, b) => b[1] - a[1]);
  const table = [
    "| part | minified bytes | share |",
    "|---|---:|---:|",
    ...rows.map(
      ([name, bytes]) =>
        `| ${name} | ${fmt(bytes)} | ${((100 * bytes) / file.length).toFixed(1)} % |`,
    ),
    `| **whole file, minified** | **${fmt(file.length)}** | |`,
    `| **whole file, min + gzip** | **${fmt(gzipSync(file).length)}** | |`,
  ].join("\n");
  console.log(table);
  if (process.argv.includes("--write")) {
    const readme = new URL("../README.md", import.meta.url);
    const text = readFileSync(readme, "utf8");
    const start = "<!-- bundle-report:start -->";
    const end = "<!-- bundle-report:end -->";
    const [before, rest] = text.split(start);
    if (rest === undefined || !rest.includes(end))
      throw new Error(`README.md lacks ${start}…${end}`);
    writeFileSync(readme, `${before}${start}\n${table}\n${end}${rest.split(end)[1]}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
