import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { build } from "esbuild";
import { type Browser, chromium } from "playwright-core";
import { SINGLE_FILE_OPTIONS } from "../single-file";

/** Chromium as the tests run it: Debian's, headless, no network side channels. */
export const CHROMIUM = process.env.PSYSCREEN_CHROMIUM ?? "/usr/bin/chromium";

/** Launches Chromium as every browser test here does. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
};

/** A static server for a built site (Storybook, a Vite app). */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves the files under `root` from 127.0.0.1 on an ephemeral port (`/` is index.html). */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0]!);
    const file = join(root, normalize(path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(root) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    res.writeHead(200, { "content-type": type }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A bundled element, served with test pages from 127.0.0.1 on an ephemeral port. */
export interface Harness {
  browser: Browser;
  origin: string;
  /** Serves `html` at `/<name>.html`; returns its URL. */
  page(name: string, html: string): string;
  close(): Promise<void>;
}

/**
 * Bundles `src/bundle.ts` the way the published single file is built (esbuild, browser,
 * minified), from the workspace sources, so browser tests need no build.
 */
export async function bundleElement(): Promise<Uint8Array> {
  const out = mkdtempSync(join(tmpdir(), "psy-elements-"));
  try {
    const result = await build({
      ...SINGLE_FILE_OPTIONS,
      write: false,
      conditions: ["@psyscreen/source"],
      outdir: out,
      logLevel: "error",
    });
    return result.outputFiles[0]!.contents;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Bundles the element, serves it with test pages, and launches Chromium. */
export async function startHarness(extraFiles: Record<string, string> = {}): Promise<Harness> {
  const files = new Map<string, { type: string; body: string | Uint8Array }>();
  const bundle = { type: "text/javascript", body: await bundleElement() };
  files.set("/psy-screening.js", bundle);
  files.set("/psy-screening.min.js", bundle); // the name the examples load
  for (const [path, body] of Object.entries(extraFiles)) {
    files.set(path, { type: "text/javascript", body });
  }
  const server: Server = createServer((req, res) => {
    const file = files.get((req.url ?? "/").split("?")[0]!);
    if (file === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": `${file.type}; charset=utf-8` }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  return {
    browser,
    origin,
    page(name, html) {
      files.set(`/${name}.html`, { type: "text/html", body: html });
      return `${origin}/${name}.html`;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * A test page: the bundle, an event log on `window.__events`, the types the element
 * dispatched on `window.__dispatched`, and `body`.
 */
export function testPage(body: string, script = "", style = ""): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>psy-screening test</title>
<style>body{font-family:serif;margin:16px}${style}</style></head>
<body>${body}
<script type="module">
import * as psy from "/psy-screening.js";
window.psy = psy;
window.__events = [];
// Every event type the element itself dispatches, whatever its name.
window.__dispatched = new Set();
const dispatch = psy.PsyScreening.prototype.dispatchEvent;
psy.PsyScreening.prototype.dispatchEvent = function (event) {
  window.__dispatched.add(event.type);
  return dispatch.call(this, event);
};
for (const type of ["psy-change", "psy-progress", "psy-flag", "psy-complete"]) {
  document.addEventListener(type, (e) => window.__events.push({
    type, bubbles: e.bubbles, composed: e.composed, detail: JSON.parse(JSON.stringify(e.detail)),
  }));
}
${script}
window.__ready = true;
</script></body></html>`;
}
