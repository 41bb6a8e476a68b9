// Opens every ```html sample of the docs pages in Chromium, the way a reader would paste
// it: the published single file (unpkg) is served from the bundle of the element's
// source. Each page must load without errors and render its questionnaires; then the
// questions are answered (the second option of each), and what the page promises about
// events, the help slot and the form is checked.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../../packages/elements/test/browser-harness";
import { DOC_PAGES, readPage } from "./doc-pages";

const UNPKG = /https:\/\/unpkg\.com\/@psyscreen\/elements@[\d.]+\/dist\/psy-screening\.min\.js/g;
const samples = DOC_PAGES.flatMap((page) =>
  readPage(page)
    .blocks.filter((b) => b.lang === "html")
    .map((b) => ({ name: `${page}:${b.line}`, html: b.code })),
);

let h: Harness;
beforeAll(async () => {
  if (samples.length > 0) h = await startHarness();
}, 120_000);
afterAll(async () => h?.close());

/** Clicks the second answer of every question of the page's first questionnaire. */
async function answerAll(page: Page): Promise<number> {
  const questions = page.locator("psy-screening .sd-question");
  const n = await questions.count();
  for (let i = 0; i < n; i++) {
    await questions.nth(i).locator('input[type="radio"]').nth(1).click({ force: true });
  }
  return n;
}

describe("```html samples of the docs", () => {
  it("has samples", () => {
    expect(samples.length).toBeGreaterThan(0);
  });

  it.each(samples.map((s) => [s.name, s] as const))(
    "%s runs in Chromium",
    { timeout: 90_000 },
    async (_, s) => {
      expect(s.html).toMatch(UNPKG);
      const page = await h.browser.newPage({ viewport: { width: 800, height: 900 } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(
        h.page(
          `doc-${s.name.replace(/\W+/g, "-")}`,
          s.html.replace(UNPKG, "/psy-screening.min.js"),
        ),
      );
      await page.locator("psy-screening .sd-question").first().waitFor();
      const help = page.locator("psy-screening").first().locator('[part="help"]');
      const form = await page.evaluate(() => {
        const el = document.querySelector("psy-screening");
        return el?.closest("form") ? { valid: el.closest("form")!.checkValidity() } : null;
      });
      if (form)
        expect(form.valid, "a form with an unanswered questionnaire is not valid").toBe(false);

      const answered = await answerAll(page);
      expect(answered).toBeGreaterThan(0);
      const state = () =>
        page.evaluate(() => {
          const el = document.querySelector("psy-screening")!;
          const f = el.closest("form");
          const name = el.getAttribute("name");
          return {
            valid: f?.checkValidity(),
            submitted: f && name ? new FormData(f).get(name) : null,
            status: document.querySelector("#status")?.textContent ?? null,
            progress: document.querySelector("#progress")?.textContent ?? null,
          };
        });
      // validity follows the last answer asynchronously
      if (form) await expect.poll(state, { timeout: 10_000 }).toMatchObject({ valid: true });
      const after = await state();
      if (form) {
        expect(
          Object.values(JSON.parse(String(after.submitted))).filter((v) => v === 1).length,
        ).toBe(answered);
      }
      const scale = await page.evaluate(() =>
        document.querySelector("psy-screening")?.getAttribute("scale"),
      );
      if (scale === "phq-9") {
        // item 9 answered 1 ("Several days"): the critical flag fires and the help shows
        await expect(help.isVisible()).resolves.toBe(true);
        if (after.status !== null) expect(after.status).toBe("flag: item9_positive");
      }
      if (after.progress !== null)
        expect(after.progress).toMatch(new RegExp(`^${answered} / \\d+$`));
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
