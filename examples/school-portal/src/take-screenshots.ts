// `npm run screenshots -w @psyscreen/example-school-portal`: regenerates the PNGs of
// docs/screenshots/ — the student page and each staff role's pages — from a fresh
// portal in a temporary folder, in Chromium (as the end-to-end test drives it).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleElement, launchChromium } from "../../../packages/elements/test/browser-harness";
import { buildApp } from "./build-app";
import { openPortal } from "./open-portal";

// PHQ-9 has no validated Chinese item text in the library: the widget shows the English one
const LABELS = ["Not at all", "Several days", "More than half the days", "Nearly every day"];
const OUT = new URL("../../../docs/screenshots/", import.meta.url).pathname;

const dir = mkdtempSync(join(tmpdir(), "psy-portal-shots-"));
const [bundle, browser] = await Promise.all([bundleElement(), launchChromium()]);
const portal = await openPortal({ file: join(dir, "portal.db") });
const app = buildApp(portal, { bundle: () => bundle });
const origin = await app.listen({ port: 0, host: "127.0.0.1" });
mkdirSync(OUT, { recursive: true });

try {
  // one student has answered live with a critical answer (item 9 of PHQ-9, Kroenke et al. 2001)
  const phq9 = {
    phq9_1: 2,
    phq9_2: 2,
    phq9_3: 1,
    phq9_4: 2,
    phq9_5: 1,
    phq9_6: 2,
    phq9_7: 1,
    phq9_8: 0,
    phq9_9: 1,
  };
  const gad7 = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`gad7_${i + 1}`, 1]));
  const res = await app.inject({
    method: "POST",
    url: "/api/battery",
    payload: { studentId: "s0362", answers: { "phq-9": phq9, "gad-7": gad7 } },
  });
  if (res.statusCode !== 200) throw new Error(res.body);

  const shoot = async (
    name: string,
    path: string,
    prepare?: (page: import("playwright-core").Page) => Promise<void>,
    fullPage = true,
  ) => {
    const page = await browser.newPage({
      viewport: { width: 1100, height: 860 },
      deviceScaleFactor: 1,
    });
    await page.goto(origin + path);
    await prepare?.(page);
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
    await page.close();
    console.log(`docs/screenshots/${name}.png`);
  };

  await shoot("student-pick", "/student?lang=zh-CN");
  await shoot(
    "student-battery",
    "/student/s0361?lang=zh-CN",
    async (page) => {
      const widget = page.locator('psy-screening[scale="phq-9"]');
      for (const [i, v] of [1, 1, 0, 2, 1, 1, 0, 0, 1].entries()) {
        await widget
          .locator(`.sd-question[data-name="phq9_${i + 1}"]`)
          .getByText(LABELS[v]!, { exact: true })
          .click();
      }
      const help = widget.getByText("你不必独自面对");
      await help.waitFor({ state: "visible" });
      await help.scrollIntoViewIfNeeded();
    },
    false,
  );
  await shoot("staff-psy-teacher", "/staff/follow-up?lang=en&role=psy-teacher", undefined, false);
  await shoot(
    "staff-class-teacher",
    "/staff/follow-up?lang=zh-CN&role=class-teacher&unit=g7-c1",
    undefined,
    false,
  );
  await shoot(
    "staff-grade-head",
    "/staff/follow-up?lang=en&role=grade-head&unit=g7",
    undefined,
    false,
  );
  await shoot(
    "staff-school-leader",
    "/staff/follow-up?lang=en&role=school-leader",
    undefined,
    false,
  );
  await shoot("staff-county-centre", "/staff/follow-up?lang=en&role=county-centre");
  await shoot("staff-coverage", "/staff/coverage?lang=en&role=psy-teacher", (p) =>
    p.waitForTimeout(500),
  );
  await shoot("staff-monthly", "/staff/monthly?lang=zh-CN&role=school-leader", (p) =>
    p.waitForTimeout(500),
  );
  await shoot("staff-file", "/staff/student/s0362?lang=zh-CN&role=psy-teacher");
  await shoot(
    "staff-file-class-teacher",
    "/staff/student/s0362?lang=en&role=class-teacher&unit=g7-c1",
  );
} finally {
  await browser.close();
  await app.close();
  portal.close();
  rmSync(dir, { recursive: true, force: true });
}
