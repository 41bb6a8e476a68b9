/// <reference lib="dom" />
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { scoreResponse } from "@psyscreen/core";
import { getScale } from "@psyscreen/scales";
import { type BuildOptions, build } from "esbuild";
import type { Page } from "playwright-core";
// The settings the published dist/psy-screening.min.js is built with, and the Chromium the
// element's browser tests launch (same flags, same server).
import { SINGLE_FILE_OPTIONS } from "../../packages/elements/single-file.ts";
import {
  CHROMIUM,
  launchChromium,
  serveDirectory,
} from "../../packages/elements/test/browser-harness.ts";
import { type CaseResult, median, ratio } from "./measure";
import { mulberry32 } from "./workload";
import { SCL90_ITEMS } from "./workload-scl90";

export const WIDGET_LOAD_GROUP =
  "widget in headless Chromium: page load (bundle fetched from localhost, parsed, evaluated)";
export const WIDGET_RENDER_GROUP =
  "widget in headless Chromium: first render of the 90-item SCL-90";
export const WIDGET_COMPLETE_GROUP =
  "widget in headless Chromium: completing the SCL-90's 90 items";
export const PLAIN_LOAD = "plain SurveyJS + React bundle";
export const WIDGET_LOAD = "psy-screening.min.js";
export const PLAIN_RENDER = "plain SurveyJS model → first question laid out";
export const WIDGET_RENDER = '<psy-screening scale="scl-90"> created → first question laid out';
export const PLAIN_COMPLETE = "plain SurveyJS, in-page clicks on the radio inputs";
export const PLAIN_TITLED_COMPLETE =
  'plain SurveyJS with a survey title ("SCL-90"), in-page clicks on the radio inputs';
export const WIDGET_COMPLETE_DOM = "<psy-screening>, in-page clicks on the radio inputs";
export const WIDGET_COMPLETE_MOUSE = "<psy-screening>, Playwright mouse clicks on the labels";

/**
 * Which page: the element, the plain SurveyJS baseline, or the baseline with a survey
 * title (which the element's questionnaire has; survey-core re-renders a titled survey
 * on every answer, see the README).
 */
type Kind = "element" | "plain" | "titled";

/** The self-contained bundle: sizes in bytes and its largest inputs. */
export interface BundleReport {
  raw: number;
  minified: number;
  minifiedGzip: number;
  /** Minified bytes per npm package (or psyscreen workspace), largest first. */
  packages: { name: string; bytes: number; share: number }[];
  /** The largest single input files, minified bytes. */
  largestInputs: { path: string; bytes: number }[];
}

/** What the widget group measured, for results/latest.json. */
export interface WidgetReport {
  bundle: BundleReport;
  chromium: string | null;
  note: string;
}

/** The npm package (or workspace folder) an esbuild input path belongs to. */
function packageOf(path: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/?]+)\//.exec(path)?.[1];
  if (pkg !== undefined) return pkg;
  const workspace = /(?:^|\/)(packages\/[^/]+|scales)\//.exec(path)?.[1];
  return workspace === undefined ? path : `psyscreen ${workspace}`;
}

/** Builds the single file as published (minified) and unminified, measuring both. */
export async function bundleReport(): Promise<{ file: Uint8Array; report: BundleReport }> {
  const out = mkdtempSync(join(tmpdir(), "psy-bench-bundle-"));
  try {
    const options = {
      ...SINGLE_FILE_OPTIONS,
      write: false,
      conditions: ["@psyscreen/source"],
      outdir: out,
      logLevel: "error",
    } satisfies BuildOptions;
    const minified = await build({ ...options, metafile: true });
    const raw = await build({ ...options, minify: false });
    const file = minified.outputFiles[0]!.contents;
    const inputs = Object.entries(Object.values(minified.metafile.outputs)[0]!.inputs);
    const byPackage = new Map<string, number>();
    for (const [path, { bytesInOutput }] of inputs)
      byPackage.set(packageOf(path), (byPackage.get(packageOf(path)) ?? 0) + bytesInOutput);
    const share = (bytes: number) => Math.round((1000 * bytes) / file.length) / 10;
    return {
      file,
      report: {
        raw: raw.outputFiles[0]!.contents.length,
        minified: file.length,
        minifiedGzip: gzipSync(file).length,
        packages: [...byPackage]
          .sort((a, b) => b[1] - a[1])
          .map(([name, bytes]) => ({ name, bytes, share: share(bytes) })),
        largestInputs: inputs
          .map(([path, { bytesInOutput }]) => ({
            path: path.replace(/^.*node_modules\//, ""),
            bytes: bytesInOutput,
          }))
          .sort((a, b) => b.bytes - a.bytes)
          .slice(0, 8),
      },
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The SCL-90's answer labels in English, 1–5 (scales/scl-90/scale.json, `severity`). */
const LABELS = ["Not at all", "Slightly", "Moderately", "Quite a bit", "Severely"];

/** Placeholder wording (the SCL-90 ships none), through the element's `itemText`. */
const ITEM_TEXT = Object.fromEntries(
  SCL90_ITEMS.map((id, i) => [
    id,
    { en: `[placeholder] SCL-90 item ${i + 1}`, "zh-CN": `[占位] SCL-90 第 ${i + 1} 题` },
  ]),
);

const PAGES: Record<Exclude<Kind, "titled">, string> = {
  element: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>psyscreen bench</title></head>
<body><div id="host"></div>
<script type="module">
import * as psy from "/psy-screening.min.js";
window.psy = psy;
window.__loaded = performance.now();
</script></body></html>`,
  plain: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>plain SurveyJS bench</title>
<link rel="stylesheet" href="/survey-core.fontless.min.css"></head>
<body><div id="host"></div>
<script type="module">
import "/plain-surveyjs.js";
window.__loaded = performance.now();
</script></body></html>`,
};

/** The baseline page's script: widget-plain-surveyjs.ts bundled as the element is. */
async function plainBundle(): Promise<Uint8Array> {
  const out = mkdtempSync(join(tmpdir(), "psy-bench-plain-"));
  try {
    const result = await build({
      entryPoints: [fileURLToPath(new URL("./widget-plain-surveyjs.ts", import.meta.url))],
      bundle: true,
      format: "esm",
      platform: "browser",
      target: SINGLE_FILE_OPTIONS.target,
      minify: true,
      define: SINGLE_FILE_OPTIONS.define,
      write: false,
      outdir: out,
      logLevel: "error",
    });
    return result.outputFiles[0]!.contents;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * In the page: creates the element with placeholder item text (or mounts the plain
 * survey), and resolves to the milliseconds until its first question is in the DOM with
 * a layout box.
 */
function firstRender(page: Page, kind: Kind): Promise<number> {
  return page.evaluate(
    ({ itemText, kind }) =>
      new Promise<number>((resolve) => {
        const host = document.getElementById("host")!;
        const started = performance.now();
        let root: ParentNode;
        if (kind === "element") {
          const el = document.createElement("psy-screening") as HTMLElement & {
            itemText: unknown;
          };
          el.itemText = itemText;
          el.setAttribute("scale", "scl-90");
          host.append(el);
          root = el.shadowRoot!;
        } else {
          const w = window as unknown as {
            mountPlainSurvey(host: HTMLElement, titled: boolean): HTMLElement;
          };
          root = w.mountPlainSurvey(host, kind === "titled");
        }
        // React renders after this task; each DOM change is checked at once, so no
        // frame is waited for
        const observer = new MutationObserver(() => {
          const q = root.querySelector(".sd-question");
          if (q === null || q.getBoundingClientRect().height === 0) return;
          observer.disconnect();
          resolve(performance.now() - started);
        });
        observer.observe(root, { childList: true, subtree: true });
      }),
    { itemText: ITEM_TEXT, kind },
  );
}

/**
 * Resolves in the page when `psy-complete` fires (its total and flag ids), or the plain
 * survey's `plain-complete` (the sum of its answers, no flags).
 */
function armComplete(page: Page, kind: Kind): Promise<void> {
  return page.evaluate((kind) => {
    const target = document.querySelector("#host > *")!;
    const w = window as unknown as { __complete: Promise<unknown> };
    w.__complete = new Promise((resolve) =>
      target.addEventListener(
        kind === "element" ? "psy-complete" : "plain-complete",
        (e: Event) => {
          const detail = (e as CustomEvent).detail;
          resolve({
            at: performance.now(),
            total: kind === "element" ? detail.result.scores.total.value : detail.total,
            flags: kind === "element" ? detail.result.flags.map((f: { id: string }) => f.id) : null,
          });
        },
        { once: true },
      ),
    );
  }, kind);
}

interface Completed {
  at: number;
  total: number;
  /** The flags' ids; null for the plain survey, which has none. */
  flags: string[] | null;
}

const completed = (page: Page) =>
  page.evaluate(() => (window as unknown as { __complete: Promise<Completed> }).__complete);

/**
 * In the page: clicks each answer's radio input (`HTMLElement.click()`: a click event
 * whose default action checks the radio, as a tap does; SurveyJS's React handlers run),
 * reads the layout after each, clicks Submit; milliseconds until `psy-complete`.
 */
async function completeByDom(
  page: Page,
  kind: Kind,
  answers: readonly number[],
): Promise<Completed> {
  await armComplete(page, kind);
  const started = await page.evaluate((values) => {
    const first = document.querySelector("#host > *")!;
    const root = first.shadowRoot ?? first;
    const t0 = performance.now();
    values.forEach((v, i) => {
      const input = root.querySelector<HTMLInputElement>(
        `.sd-question[data-name="scl90_${i + 1}"] input[type="radio"][value="${v}"]`,
      );
      if (input === null) throw new Error(`no radio ${v} for scl90_${i + 1}`);
      input.click();
      void input.getBoundingClientRect().height; // style and layout of the change, each time
    });
    const submit = [...root.querySelectorAll<HTMLElement>("input[type=button], button")].find(
      (b) => ((b as HTMLInputElement).value || b.textContent || "").trim() === "Submit",
    );
    if (submit === undefined) throw new Error("no Submit button");
    submit.click();
    return t0;
  }, answers);
  const done = await completed(page);
  return { ...done, at: done.at - started };
}

/**
 * Playwright's trusted mouse clicks (CDP input events, with its scroll-into-view and
 * actionability checks) on each answer's label, then on Submit; milliseconds measured
 * in the page from before the first click until `psy-complete`.
 */
async function completeByMouse(page: Page, answers: readonly number[]): Promise<Completed> {
  await armComplete(page, "element");
  const el = page.locator("psy-screening");
  const started = await page.evaluate(() => performance.now());
  for (const [i, v] of answers.entries()) {
    await el
      .locator(`.sd-question[data-name="scl90_${i + 1}"]`)
      .getByText(LABELS[v - 1]!, { exact: true })
      .click();
  }
  await el.getByRole("button", { name: "Submit" }).click();
  const done = await completed(page);
  return { ...done, at: done.at - started };
}

/** One complete, seeded SCL-90 answer sheet (1–5, none skipped). */
function answerSheet(): number[] {
  const rand = mulberry32(90);
  const severity = rand();
  return SCL90_ITEMS.map(() => 1 + Math.min(4, Math.floor(5 * (0.5 * severity + 0.5 * rand()))));
}

function msResult(group: string, name: string, note: string, ms: number[]): CaseResult {
  const round = (x: number) => Math.round(x * 10) / 10;
  const result: CaseResult = {
    name,
    group,
    unit: "ms",
    median: round(median(ms)),
    min: round(Math.min(...ms)),
    max: round(Math.max(...ms)),
    n: ms.length,
    respondents: 1,
    peakRssMB: 0,
    note,
    ratioTo: {},
  };
  process.stderr.write(`  ${name}: ${result.median} ms\n`);
  return result;
}

/**
 * The widget groups: the single file's sizes (always), and in Chromium (skipped with a
 * note when it is missing) page load, first render and completion of the SCL-90, each
 * against plain SurveyJS rendering the same 90 questions (the baselines), `runs` fresh
 * pages of each kind (`mouseRuns` for Playwright's clicks). Times in ms; ratios are
 * times over the baseline's (lower is better).
 */
export async function widgetGroup(
  runs: number,
  mouseRuns: number,
): Promise<{ results: CaseResult[]; report: WidgetReport }> {
  const { file, report: bundle } = await bundleReport();
  if (!existsSync(CHROMIUM)) {
    const note = `skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set PSYSCREEN_CHROMIUM)`;
    process.stderr.write(`  widget: ${note}\n`);
    return { results: [], report: { bundle, chromium: null, note } };
  }
  const answers = answerSheet();
  const scl90 = getScale("scl-90");
  const want = scoreResponse(
    scl90,
    Object.fromEntries(SCL90_ITEMS.map((id, i) => [id, answers[i]!])),
  );
  const wantFlags = want.flags.map((f) => f.id).sort();
  const check = (how: string, got: Completed) => {
    const flags = got.flags === null ? wantFlags : [...got.flags].sort();
    if (got.total !== want.scores.total!.value || flags.join() !== wantFlags.join())
      throw new Error(
        `${how}: completion says total ${got.total}, flags ${flags}; scoreResponse says ${want.scores.total!.value}, ${wantFlags}`,
      );
  };

  const dir = mkdtempSync(join(tmpdir(), "psy-bench-widget-"));
  writeFileSync(join(dir, "psy-screening.min.js"), file);
  writeFileSync(join(dir, "plain-surveyjs.js"), await plainBundle());
  const require = createRequire(import.meta.url);
  copyFileSync(
    require.resolve("survey-core/survey-core.fontless.min.css"),
    join(dir, "survey-core.fontless.min.css"),
  );
  writeFileSync(join(dir, "element.html"), PAGES.element);
  writeFileSync(join(dir, "plain.html"), PAGES.plain);
  const server = await serveDirectory(dir);
  const browser = await launchChromium();
  const version = browser.version();
  const times = {
    element: { load: [] as number[], render: [] as number[], dom: [] as number[] },
    plain: { load: [] as number[], render: [] as number[], dom: [] as number[] },
    titled: { load: [] as number[], render: [] as number[], dom: [] as number[] },
  };
  const mouse: number[] = [];
  try {
    const fresh = async (kind: Kind) => {
      const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
      // tsx compiles this file with esbuild's keepNames, which wraps the functions that
      // page.evaluate sends to the page in calls to its `__name` helper
      await page.addInitScript("window.__name = (f) => f;");
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(`${server.origin}/${kind === "titled" ? "plain" : kind}.html`);
      await page.waitForFunction(() => (window as { __loaded?: number }).__loaded !== undefined);
      if (errors.length > 0) throw new Error(`widget page: ${errors.join("; ")}`);
      return page;
    };
    // one warm-up page of each kind (browser start-up, HTTP cache), then fresh pages,
    // the two kinds alternating so that both see the same load
    for (let i = 0; i <= runs; i++) {
      for (const kind of ["plain", "titled", "element"] as const) {
        const page = await fresh(kind);
        // performance.now() counts from the navigation's start
        const load = await page.evaluate(
          () => (window as unknown as { __loaded: number }).__loaded,
        );
        const render = await firstRender(page, kind);
        const done = await completeByDom(page, kind, answers);
        check(`${kind}, in-page clicks`, done);
        if (i > 0) {
          times[kind].load.push(load);
          times[kind].render.push(render);
          times[kind].dom.push(done.at);
        }
        await page.close();
      }
    }
    for (let i = 0; i < mouseRuns; i++) {
      const page = await fresh("element");
      await firstRender(page, "element");
      const done = await completeByMouse(page, answers);
      check("element, mouse clicks", done);
      mouse.push(done.at);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString("en")} KB`;
  const groups = [
    [
      msResult(
        WIDGET_LOAD_GROUP,
        PLAIN_LOAD,
        "ms; navigation start → survey-core, survey-react-ui, React and the page's code, minified, evaluated (SurveyJS's CSS linked)",
        times.plain.load,
      ),
      msResult(
        WIDGET_LOAD_GROUP,
        WIDGET_LOAD,
        `ms; navigation start → the ${kb(bundle.minified)} module evaluated`,
        times.element.load,
      ),
    ],
    [
      msResult(
        WIDGET_RENDER_GROUP,
        PLAIN_RENDER,
        "ms; new Model(90 radio groups), createRoot().render → first .sd-question with a layout box",
        times.plain.render,
      ),
      msResult(
        WIDGET_RENDER_GROUP,
        WIDGET_RENDER,
        "ms; createElement, itemText (placeholder), scale attribute, append → first .sd-question with a layout box",
        times.element.render,
      ),
    ],
    [
      msResult(
        WIDGET_COMPLETE_GROUP,
        PLAIN_COMPLETE,
        "ms; 90 × input.click() + a layout read each, Submit → onComplete",
        times.plain.dom,
      ),
      msResult(
        WIDGET_COMPLETE_GROUP,
        PLAIN_TITLED_COMPLETE,
        "ms; the same with title: \"SCL-90\" in the model JSON (the element's survey has its scale's name as title)",
        times.titled.dom,
      ),
      msResult(
        WIDGET_COMPLETE_GROUP,
        WIDGET_COMPLETE_DOM,
        "ms; 90 × input.click() + a layout read each, Submit → psy-complete (scored on every answer)",
        times.element.dom,
      ),
      ...(mouse.length > 0
        ? [
            msResult(
              WIDGET_COMPLETE_GROUP,
              WIDGET_COMPLETE_MOUSE,
              "ms; 90 × Playwright locator.click() on the label (trusted CDP mouse events), Submit → psy-complete",
              mouse,
            ),
          ]
        : []),
    ],
  ];
  for (const cases of groups) {
    const base = cases[0]!;
    for (const r of cases) r.ratioTo[base.name] = ratio(r.median, base.median);
  }
  return {
    results: groups.flat(),
    report: {
      bundle,
      chromium: version,
      note: `${runs} fresh pages of each kind (after one warm-up each) for load, first render and in-page completion; ${mouse.length} for mouse clicks`,
    },
  };
}

/** The bundle's sizes and make-up (and the skip note) as Markdown, for results/latest.md. */
export function widgetBundleMarkdown(w: WidgetReport): string {
  const fmt = (n: number) => n.toLocaleString("en");
  const b = w.bundle;
  return [
    `**widget: the self-contained psy-screening.min.js** (esbuild, as published; gzip at zlib's default level)${w.chromium === null ? ` — browser cases ${w.note}` : ` — Chromium ${w.chromium}, ${w.note}`}`,
    "",
    "| size | bytes |",
    "|---|---:|",
    `| raw (not minified) | ${fmt(b.raw)} |`,
    `| minified | ${fmt(b.minified)} |`,
    `| minified + gzip | ${fmt(b.minifiedGzip)} |`,
    "",
    "| package | minified bytes | share |",
    "|---|---:|---:|",
    ...b.packages.slice(0, 10).map((p) => `| ${p.name} | ${fmt(p.bytes)} | ${p.share} % |`),
    "",
    "| largest inputs | minified bytes |",
    "|---|---:|",
    ...b.largestInputs.map((i) => `| ${i.path} | ${fmt(i.bytes)} |`),
  ].join("\n");
}
