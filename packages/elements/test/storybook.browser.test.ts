import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { scaleIds } from "@psyscreen/scales";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, type StaticServer, serveDirectory } from "./browser-harness";

// Builds the Storybook (`npm run storybook:build` does the same into storybook-static/)
// and opens a story in Chromium.
const out = mkdtempSync(join(tmpdir(), "psy-storybook-"));
let server: StaticServer;

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  const bin = join(dirname(require.resolve("storybook/package.json")), "dist/bin/dispatcher.js");
  await promisify(execFile)(process.execPath, [bin, "build", "-o", out, "--quiet"], {
    cwd: new URL("../", import.meta.url).pathname,
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: "1", CI: "true" },
  });
  server = await serveDirectory(out);
}, 180_000);
afterAll(async () => {
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

interface IndexEntry {
  type: string;
  title: string;
  name: string;
}

describe("Storybook", () => {
  it("has one story per shipped scale, in en and in zh-CN", () => {
    const index = JSON.parse(readFileSync(join(out, "index.json"), "utf8")) as {
      entries: Record<string, IndexEntry>;
    };
    const stories = Object.values(index.entries).filter((e) => e.type === "story");
    // Story names come from export names ("Phq9" → "Phq 9"): compare letters and digits.
    const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");
    const named = (title: string) =>
      stories.filter((e) => e.title === title).map((e) => key(e.name));
    const scales = scaleIds.map(key).sort();
    expect(named("Scales/en").sort()).toEqual(scales);
    expect(named("Scales/zh-CN").sort()).toEqual(scales);
    expect(stories.filter((e) => e.title === "States").map((e) => e.name)).toEqual(
      expect.arrayContaining([
        "Partly Answered",
        "Critical Flag Showing Help",
        "Read Only Review",
        "Dark Theme",
      ]),
    );
  });

  it("renders stories in Chromium: the critical flag with the host's help, a licensed scale", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(
        `${server.origin}/iframe.html?id=states--critical-flag-showing-help&viewMode=story`,
      );
      const el = page.locator("psy-screening");
      await el.locator('.sd-question[data-name="phq9_9"]').waitFor();
      await expect(el.locator('[part="help"]').isVisible()).resolves.toBe(true);
      await expect(page.getByText("Talk to the school counsellor").isVisible()).resolves.toBe(true);
      const flags = await el.evaluate(
        (node) =>
          (node as unknown as { result?: { flags: { id: string }[] } }).result?.flags.map(
            (f) => f.id,
          ) ?? [],
      );
      expect(flags).toContain("item9_positive");
      // A scale whose licensed wording is not shipped renders with stand-in text.
      await page.goto(`${server.origin}/iframe.html?id=scales-zh-cn--asq&viewMode=story`);
      await el.locator('.sd-question[data-name="asq_1"]').waitFor();
      await expect(el.getByText("有版权的条目文本未随包提供").count()).resolves.toBe(5);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
