import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getScale, scoreResponse } from "@psyscreen/react";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  launchChromium,
  type StaticServer,
  serveDirectory,
} from "../../../packages/elements/test/browser-harness";

// Builds the example with its own vite.config.ts (`npm run build -w …` does the same into
// dist/), serves it and answers PHQ-9 in Chromium, as packages/elements' tests do.
const root = new URL("../", import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), "psy-react-vite-"));
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  await build({ root, logLevel: "error", build: { outDir: out, emptyOutDir: true } });
  server = await serveDirectory(out);
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

// PHQ-9 items 1–9: sum 11 → "moderate" (10–14), item 9 = 1 → critical flag
// (Kroenke, Spitzer & Williams 2001; any positive item 9 is followed up).
const ANSWERS = [1, 2, 0, 3, 1, 2, 0, 1, 1];
const LABELS = ["Not at all", "Several days", "More than half the days", "Nearly every day"];

async function open(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/`);
  await page.locator('.sd-question[data-name="phq9_1"]').waitFor();
  return { page, errors };
}

describe("examples/react-vite in Chromium", () => {
  it("completes PHQ-9: help shows on item 9 before completion, onComplete gets the total", async () => {
    const { page, errors } = await open();
    const help = page.getByTestId("help");
    for (const [i, value] of ANSWERS.entries()) {
      await expect(help.count()).resolves.toBe(0);
      await page
        .locator(`.sd-question[data-name="phq9_${i + 1}"]`)
        .getByText(LABELS[value]!, { exact: true })
        .click();
    }
    await help.waitFor();
    await expect(page.getByTestId("result").count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Submit" }).click();
    const total = page.locator('[data-score="total"]');
    await total.waitFor();
    const answers = Object.fromEntries(ANSWERS.map((v, i) => [`phq9_${i + 1}`, v]));
    const expected = scoreResponse(getScale("phq-9"), answers, { locale: "en" }).scores.total!;
    expect(expected).toMatchObject({ value: 11, band: "moderate" });
    await expect(total.textContent()).resolves.toBe(`${expected.value} (${expected.bandLabel})`);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("switches the questionnaire and the page to zh-CN, and picks a scale by id", async () => {
    const { page, errors } = await open();
    await page.getByLabel("Language").selectOption("zh-CN");
    await page.getByRole("button", { name: "提交" }).waitFor();
    await expect(page.locator("h1").textContent()).resolves.toBe("在 React 应用中使用 psyscreen");
    await page.getByLabel("量表").selectOption("gad-7");
    await page.locator('.sd-question[data-name="gad7_1"]').waitFor();
    await expect(page.locator('.sd-question[data-name="phq9_1"]').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
