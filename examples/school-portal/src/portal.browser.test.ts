import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleElement, launchChromium } from "../../../packages/elements/test/browser-harness";
import { buildApp } from "./build-app";
import { openPortal, type Portal } from "./open-portal";

const LABELS = ["Not at all", "Several days", "More than half the days", "Nearly every day"];
// PHQ-9 items 1–9 with item 9 ("better off dead…") answered 1: the critical flag of
// Kroenke, Spitzer & Williams 2001 (any positive item 9); sum 1+0+1+0+0+1+0+0+1 = 4.
const PHQ9 = [1, 0, 1, 0, 0, 1, 0, 0, 1];
const STUDENT = "s0363"; // class g7-c1, an open class
const NAME = "Student 0363";

let dir: string;
let portal: Portal;
let app: FastifyInstance;
let origin: string;
let browser: Browser;
const problems: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  page.on("pageerror", (e) => problems.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`${m.text()} ${m.location().url}`);
  });
  await page.goto(origin + path);
  return page;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "psy-portal-"));
  const [bundle, launched] = await Promise.all([bundleElement(), launchChromium()]);
  browser = launched;
  portal = await openPortal({ file: join(dir, "portal.db") });
  app = buildApp(portal, { bundle: () => bundle });
  origin = await app.listen({ port: 0, host: "127.0.0.1" });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  portal?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the demo portal in Chromium", () => {
  it("a student's critical answer reaches the psychology teacher at once; the class teacher sees the action only", async () => {
    const page = await open(`/student/${STUDENT}?lang=en`);
    const phq9 = page.locator('psy-screening[scale="phq-9"]');
    const help = phq9.getByText("You do not have to face this alone");
    for (const [i, value] of PHQ9.entries()) {
      await phq9
        .locator(`.sd-question[data-name="phq9_${i + 1}"]`)
        .getByText(LABELS[value]!, { exact: true })
        .click();
      if (i === 7) await expect(help.isVisible()).resolves.toBe(false);
    }
    // the help slot shows the (example) crisis resources as soon as item 9 is answered
    await help.waitFor({ state: "visible" });
    await phq9.getByRole("button", { name: "Submit" }).click();
    const gad7 = page.locator('psy-screening[scale="gad-7"]');
    for (let i = 1; i <= 7; i++) {
      await gad7
        .locator(`.sd-question[data-name="gad7_${i}"]`)
        .getByText(LABELS[0]!, { exact: true })
        .click();
    }
    await gad7.getByRole("button", { name: "Submit" }).click();
    await page.locator("#thanks").waitFor({ state: "visible" });
    expect(await page.locator("main").textContent()).not.toMatch(/total|score/i);
    await page.close();

    const psy = await open("/staff/follow-up?lang=en&role=psy-teacher");
    const row = psy.locator(`tr[data-student="${STUDENT}"]`);
    await expect(row.textContent()).resolves.toMatch(/Red \(crisis\)[\s\S]*provisional/);
    await expect(row.textContent()).resolves.toContain("critical answer");
    await psy.close();

    const teacher = await open("/staff/follow-up?lang=en&role=class-teacher&unit=g7-c1");
    const line = teacher.locator(`tr[data-student="${STUDENT}"]`);
    await expect(line.textContent()).resolves.toContain("Needs a conversation");
    await line.getByRole("link", { name: NAME }).click();
    await teacher.waitForURL(/\/staff\/student\//);
    const html = await teacher.content();
    expect(html).toContain("Needs a conversation");
    for (const hidden of ["Census results", "total", "critical answer", "phq9_", "item9"]) {
      expect(html).not.toContain(hidden);
    }
    await teacher.close();
    expect(problems).toEqual([]);
  }, 60_000);
});
