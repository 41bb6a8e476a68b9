import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness, testPage } from "./browser-harness";

const SHOTS = new URL("./screenshots/", import.meta.url).pathname;
let h: Harness;

beforeAll(async () => {
  const axe = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  h = await startHarness({ "/axe.js": axe });
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);
afterAll(async () => h?.close());

interface LoggedEvent {
  type: string;
  bubbles: boolean;
  composed: boolean;
  detail: {
    answers?: Record<string, number | null>;
    result?: {
      scores: Record<string, { value: number | null; band?: string }>;
      flags: { id: string; kind: string }[];
    };
    flag?: { id: string; kind: string };
    answered?: number;
  };
}

async function open(name: string, html: string): Promise<Page> {
  const page = await h.browser.newPage({ viewport: { width: 800, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  (page as unknown as { errors: string[] }).errors = errors;
  await page.goto(h.page(name, html));
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
  await page.locator("psy-screening .sd-question").first().waitFor();
  return page;
}

const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { __events: unknown[] }).__events) as Promise<
    LoggedEvent[]
  >;

const question = (page: Page, id: string): Locator =>
  page.locator(`psy-screening .sd-question[data-name="${id}"]`);

// PHQ-9 answers for items 1–9; sum 11 → "moderate" (10–14), item 9 = 1 → critical flag
// (Kroenke, Spitzer & Williams 2001; MII IG PRO PHQ-9: any positive item 9).
const MOUSE_ANSWERS = [1, 2, 0, 3, 1, 2, 0, 1, 1];
/** The event names custom-elements.json declares for <psy-screening>. */
const MANIFEST_EVENTS = (
  JSON.parse(readFileSync(new URL("../custom-elements.json", import.meta.url), "utf8")) as {
    modules: { declarations?: { tagName?: string; events?: { name: string }[] }[] }[];
  }
).modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.tagName === "psy-screening")
  ?.events?.map((e) => e.name)
  .sort();
const LABELS = ["Not at all", "Several days", "More than half the days", "Nearly every day"];

describe("<psy-screening> in Chromium", () => {
  it("completes PHQ-9 by mouse: psy-flag on item 9 before completion, psy-complete scores right", async () => {
    const page = await open(
      "mouse",
      testPage(
        `<psy-screening scale="phq-9"><p slot="help">Call the school counsellor: 555-0100</p></psy-screening>`,
      ),
    );
    const help = page.locator("psy-screening").locator('[part="help"]');
    await expect(help.isVisible()).resolves.toBe(false);
    for (const [i, value] of MOUSE_ANSWERS.entries()) {
      await question(page, `phq9_${i + 1}`)
        .getByText(LABELS[value]!, { exact: true })
        .click();
      if (i === 8) {
        const log = await events(page);
        expect(log.filter((e) => e.type === "psy-flag").map((e) => e.detail.flag?.id)).toEqual([
          "item9_positive",
        ]);
        expect(log.some((e) => e.type === "psy-complete")).toBe(false);
        await expect(help.isVisible()).resolves.toBe(true);
        await expect(page.getByText("Call the school counsellor").isVisible()).resolves.toBe(true);
      }
    }
    await page.locator("psy-screening").getByRole("button", { name: "Submit" }).click();
    await page.locator("psy-screening").getByText("Thank you.").waitFor();
    const log = await events(page);
    const complete = log.filter((e) => e.type === "psy-complete");
    expect(complete).toHaveLength(1);
    expect(complete[0]).toMatchObject({ bubbles: true, composed: true });
    const { answers, result } = complete[0]!.detail;
    expect(answers).toEqual({
      ...Object.fromEntries(MOUSE_ANSWERS.map((v, i) => [`phq9_${i + 1}`, v])),
      phq9_difficulty: null,
    });
    expect(result?.scores.total).toMatchObject({ value: 11, band: "moderate" });
    expect(result?.flags.map((f) => f.id)).toContain("item9_positive");
    const progress = log.filter((e) => e.type === "psy-progress").map((e) => e.detail.answered);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // A whole run dispatches exactly the events custom-elements.json declares.
    const dispatched = await page.evaluate(() =>
      [...(window as unknown as { __dispatched: Set<string> }).__dispatched].sort(),
    );
    expect(dispatched).toEqual(MANIFEST_EVENTS);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("completes PHQ-9 by keyboard only", async () => {
    const page = await open(
      "keyboard",
      testPage(`<button id="before">before</button><psy-screening scale="phq-9"></psy-screening>`),
    );
    await page.focus("#before");
    // Items 1–9 answered 0,1,0,…: Tab into each radio group, Space picks the first
    // option (0), ArrowDown moves to and selects the next one.
    const keyed = [0, 1, 0, 0, 2, 0, 0, 0, 0];
    for (const [i, value] of keyed.entries()) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.querySelector("psy-screening")?.shadowRoot
          ?.activeElement as HTMLInputElement | null;
        return el ? `${el.tagName}:${el.type}:${el.name}` : "none";
      });
      expect(focused, `item ${i + 1}`).toMatch(/^INPUT:radio:/);
      await page.keyboard.press("Space");
      for (let k = 0; k < value; k++) await page.keyboard.press("ArrowDown");
    }
    // The optional difficulty question is skipped: Tab past it to the Submit button.
    for (let k = 0; k < 5; k++) {
      await page.keyboard.press("Tab");
      const label = await page.evaluate(() => {
        const el = document.querySelector("psy-screening")?.shadowRoot
          ?.activeElement as HTMLInputElement | null;
        return (el?.value || el?.textContent || "").trim();
      });
      if (label === "Submit") break;
    }
    await page.keyboard.press("Enter");
    await page.locator("psy-screening").getByText("Thank you.").waitFor();
    const complete = (await events(page)).filter((e) => e.type === "psy-complete");
    expect(complete).toHaveLength(1);
    // Sum 3 → "minimal" (0–4), Kroenke, Spitzer & Williams 2001; item 9 = 0: no critical flag.
    expect(complete[0]!.detail.result?.scores.total).toMatchObject({ value: 3, band: "minimal" });
    expect(complete[0]!.detail.answers).toMatchObject({
      phq9_2: 1,
      phq9_5: 2,
      phq9_9: 0,
      phq9_difficulty: null,
    });
    expect(complete[0]!.detail.result?.flags.some((f) => f.kind === "critical")).toBe(false);
    await page.close();
  }, 60_000);

  it("is form-associated: validity, submitted answers, reset", async () => {
    const page = await open(
      "form",
      testPage(
        `<form id="f"><psy-screening name="phq9" scale="phq-9"></psy-screening><button id="send">Send</button><button type="reset" id="reset">Reset</button></form>`,
        `document.getElementById("f").addEventListener("submit", (e) => {
           e.preventDefault();
           window.__submitted = new FormData(e.target).get("phq9");
         });`,
      ),
    );
    const state = () =>
      page.evaluate(() => {
        const el = document.querySelector("psy-screening")!;
        const form = document.getElementById("f") as HTMLFormElement;
        return {
          valid: form.checkValidity(),
          missing: el.validity?.valueMissing,
          n: Object.keys(el.answers).filter((k) => el.answers[k] !== null).length,
        };
      });
    await expect(state()).resolves.toEqual({ valid: false, missing: true, n: 0 });
    await page.evaluate(() => {
      const el = document.querySelector("psy-screening")!;
      el.answers = {
        phq9_1: 2,
        phq9_2: 2,
        phq9_3: 2,
        phq9_4: 2,
        phq9_5: 2,
        phq9_6: 2,
        phq9_7: 2,
        phq9_8: 2,
        phq9_9: 0,
      };
    });
    await expect(state()).resolves.toEqual({ valid: true, missing: false, n: 9 });
    await page.click("#send");
    const submitted = await page.evaluate(
      () => (window as unknown as { __submitted: string }).__submitted,
    );
    expect(JSON.parse(submitted)).toMatchObject({ phq9_1: 2, phq9_9: 0, phq9_difficulty: null });
    await page.click("#reset");
    await expect(state()).resolves.toEqual({ valid: false, missing: true, n: 0 });
    await page.close();
  }, 60_000);

  it("renders a hostile definition's markup as text", async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const page = await open(
      "hostile",
      testPage(
        `<psy-screening></psy-screening>`,
        `const def = {
          id: "hostile", version: "1.0.0", name: { en: ${JSON.stringify(`${evil} name`)}, "zh-CN": "x" },
          population: { respondent: "self" }, licence: { spdx: "CC0-1.0", embedText: true },
          sources: [{ citation: "synthetic" }],
          instructions: { en: "<script>window.__pwned=2<\\/script> instructions" },
          responseSets: [{ id: "r", kind: "choice", options: [
            { value: 0, label: { en: ${JSON.stringify(`${evil} label`)} } }, { value: 1, label: { en: "one" } }] }],
          items: [{ id: "h1", responseSet: "r", text: { en: ${JSON.stringify(`${evil} item`)} } }],
          scores: [{ id: "total", name: { en: "Total", "zh-CN": "总分" }, method: "sum", items: ["h1"] }],
        };
        const checked = psy.validateScale(def);
        if (!checked.success) throw new Error(JSON.stringify(checked.issues));
        document.querySelector("psy-screening").definition = checked.data;`,
      ),
    );
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => {
      const root = document.querySelector("psy-screening")!.shadowRoot!;
      return {
        imgs: root.querySelectorAll("img[onerror], img[src='x']").length,
        scripts: root.querySelectorAll("script").length,
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        text: root.textContent,
      };
    });
    expect(seen).toMatchObject({ imgs: 0, scripts: 0, pwned: null });
    expect(seen.text).toContain(`${evil} item`);
    expect(seen.text).toContain(`${evil} label`);
    expect(seen.text).toContain("<script>window.__pwned=2</script> instructions");
    await page.close();
  }, 60_000);

  it("shows zh-CN UI strings, English PHQ-9 items with a notice, and switches live", async () => {
    const page = await open(
      "zh",
      testPage(`<psy-screening scale="phq-9" lang="zh-CN"></psy-screening>`),
    );
    const el = page.locator("psy-screening");
    await expect(el.getByRole("button", { name: "提交" }).isVisible()).resolves.toBe(true);
    await expect(el.getByText("患者健康问卷-9（PHQ-9）").isVisible()).resolves.toBe(true);
    await expect(el.getByText("以下题目以英文原文显示").isVisible()).resolves.toBe(true);
    await expect(
      el.getByText("Little interest or pleasure in doing things").isVisible(),
    ).resolves.toBe(true);
    await expect(el.locator('[part="base"]').getAttribute("aria-label")).resolves.toBe("问卷");
    await page.screenshot({ path: `${SHOTS}phq9-zh-CN.png` });
    await expect(el.getByText("已答 0 / 10 题").filter({ visible: true }).count()).resolves.toBe(1);
    // Usable at 360 px: nothing wider than the viewport.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.waitForTimeout(200);
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth),
    ).resolves.toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${SHOTS}phq9-zh-CN-360.png` });
    await page.evaluate(() => document.querySelector("psy-screening")!.setAttribute("lang", "en"));
    await expect(el.getByRole("button", { name: "Submit" }).isVisible()).resolves.toBe(true);
    await expect(el.getByText("Patient Health Questionnaire-9 (PHQ-9)").isVisible()).resolves.toBe(
      true,
    );
    await page.close();
  }, 60_000);

  it("keeps its styles in the shadow root, in a light and a dark host (screenshots)", async () => {
    for (const theme of ["light", "dark"] as const) {
      const host = theme === "dark" ? "body{background:#111;color:#eee}" : "body{background:#fff}";
      const page = await open(
        `theme-${theme}`,
        testPage(
          `<psy-screening scale="phq-9" theme="${theme}" style="--psy-color-primary:#3559e0"><p slot="help">Call the school counsellor: 555-0100</p></psy-screening>`,
          `document.querySelector("psy-screening").answers = { phq9_1: 1, phq9_2: 2, phq9_9: 1 };`,
          host,
        ),
      );
      const look = await page.evaluate(() => {
        const root = document.querySelector("psy-screening")!.shadowRoot!;
        const survey = root.querySelector(".sd-root-modern") as HTMLElement;
        const title = root.querySelector(".sd-question__title") as HTMLElement;
        return {
          headStyles: document.head.querySelectorAll("style").length,
          font: getComputedStyle(title).fontFamily,
          surveyBg: getComputedStyle(survey).backgroundColor,
          helpShown: !(root.querySelector('[part="help"]') as HTMLElement).hidden,
        };
      });
      expect(look.headStyles).toBe(1); // the test page's own; SurveyJS added none
      expect(look.font).not.toMatch(/^serif/);
      expect(look.helpShown).toBe(true);
      const [r, g, b] = look.surveyBg.match(/\d+/g)!.map(Number);
      const light = (r! + g! + b!) / 3 > 128;
      expect(light).toBe(theme === "light");
      await page.screenshot({ path: `${SHOTS}phq9-${theme}.png`, fullPage: true });
      await page.close();
    }
  }, 60_000);

  it("has no serious or critical axe-core violations (en and zh-CN, partly answered)", async () => {
    for (const lang of ["en", "zh-CN"]) {
      const page = await open(
        `axe-${lang}`,
        testPage(
          `<main><h1>School check-in</h1><psy-screening scale="phq-9" lang="${lang}"></psy-screening></main>`,
          `document.querySelector("psy-screening").answers = { phq9_1: 1, phq9_2: 0 };`,
        ),
      );
      await page.addScriptTag({ url: "/axe.js" });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(
                c: unknown,
                o: unknown,
              ): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document, { resultTypes: ["violations"] });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.length,
        }));
      });
      const severe = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(severe, JSON.stringify(violations)).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it("resumes from the answers property and from persist=local, and reviews read-only", async () => {
    const page = await open(
      "persist",
      testPage(
        `<psy-screening scale="phq-9" persist="local" persist-key="t-persist"></psy-screening>`,
        `localStorage.removeItem("t-persist");`,
      ),
    );
    await question(page, "phq9_1").getByText("Nearly every day", { exact: true }).click();
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("t-persist") ?? "{}"));
    expect(saved).toMatchObject({ phq9_1: 3 });
    // Switching to one question per page re-renders and keeps the answer.
    const kept = await page.evaluate(() => {
      const el = document.querySelector("psy-screening")!;
      el.setAttribute("one-per-page", "");
      return el.answers.phq9_1;
    });
    expect(kept).toBe(3);
    // A fresh element with the same key picks the answer up.
    const resumed = await page.evaluate(async () => {
      const el = document.createElement("psy-screening");
      el.setAttribute("scale", "phq-9");
      el.setAttribute("persist", "local");
      el.setAttribute("persist-key", "t-persist");
      document.body.append(el);
      return el.answers.phq9_1;
    });
    expect(resumed).toBe(3);
    // Read-only review: answers shown, inputs disabled or read-only.
    await page.evaluate(() => {
      const el = document.createElement("psy-screening");
      el.id = "review";
      el.setAttribute("scale", "phq-9");
      el.setAttribute("readonly", "");
      el.answers = { phq9_1: 2 };
      document.body.append(el);
    });
    const review = page.locator("#review");
    await review.locator(".sd-question").first().waitFor();
    const radio = review.locator('.sd-question[data-name="phq9_1"] input[type="radio"]').nth(2);
    await expect(radio.isChecked()).resolves.toBe(true);
    await review
      .locator('.sd-question[data-name="phq9_1"]')
      .getByText("Not at all", { exact: true })
      .click({ force: true });
    await expect(
      page.evaluate(
        () =>
          (document.querySelector("#review") as HTMLElementTagNameMap["psy-screening"]).answers
            .phq9_1,
      ),
    ).resolves.toBe(2);
    await page.close();
  }, 60_000);

  it("runs examples/html-embed: zh-CN, help on item 9, score shown on completion", async () => {
    const html = readFileSync(
      new URL("../../../examples/html-embed/index.html", import.meta.url),
      "utf8",
    );
    const page = await h.browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(h.page("html-embed", html));
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const el = page.locator("psy-screening");
    await el.locator(".sd-question").first().waitFor();
    await question(page, "phq9_9").getByText("Several days", { exact: true }).click();
    await expect(el.getByText("Please tell a teacher you trust").isVisible()).resolves.toBe(true);
    for (let i = 1; i <= 8; i++) {
      await question(page, `phq9_${i}`).getByText("Several days", { exact: true }).click();
    }
    await el.getByRole("button", { name: "提交" }).click();
    // Nine items at 1: total 9, band 5–9 "mild" (轻度), Kroenke, Spitzer & Williams 2001.
    await expect(page.locator("#result").textContent()).resolves.toBe("PHQ-9 total 9 (轻度)");
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
