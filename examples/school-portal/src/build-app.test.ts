import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./build-app";
import { MESSAGES } from "./messages";
import { openPortal, type Portal } from "./open-portal";

const SEEDED = new Date("2026-10-20T08:00:00Z");
const NOW = new Date("2026-10-20T09:00:00Z");
let portal: Portal;
let app: FastifyInstance;

// PHQ-9 item 9 ("thoughts that you would be better off dead…") answered 2: a critical
// flag (Kroenke, Spitzer & Williams 2001; any positive item 9); GAD-7 all 1, total 7.
const PHQ9 = {
  phq9_1: 1,
  phq9_2: 2,
  phq9_3: 1,
  phq9_4: 1,
  phq9_5: 0,
  phq9_6: 1,
  phq9_7: 0,
  phq9_8: 0,
  phq9_9: 2,
};
const GAD7 = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`gad7_${i + 1}`, 1]));
const STUDENT = "s0361"; // class g7-c1, an open class: no sheet seeded
const NAME = "Student 0361";

const get = async (url: string) => app.inject({ method: "GET", url });
const post = (url: string, form: Record<string, string>) =>
  app.inject({
    method: "POST",
    url,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams(form).toString(),
  });

beforeAll(async () => {
  portal = await openPortal({ file: ":memory:", now: SEEDED });
  app = buildApp(portal, { now: () => NOW, bundle: () => "/* bundle */" });
  const res = await app.inject({
    method: "POST",
    url: "/api/battery?lang=en",
    payload: {
      studentId: STUDENT,
      answers: { "phq-9": PHQ9, "gad-7": GAD7 },
      result: { total: 0 },
    },
  });
  expect(res.statusCode, res.body).toBe(200);
}, 60_000);
afterAll(async () => {
  await app?.close();
  portal?.close();
});

describe("the student's battery", () => {
  it("is scored on the server: the critical answer opens a provisional red level at once", async () => {
    const file = await portal.registry.file(STUDENT);
    expect(file.level).toBe("red");
    expect(file.provisional).toBe(true);
    const result = file.history.find((e) => e.type === "census-result" && e.scaleId === "phq-9");
    // 1+2+1+1+0+1+0+0+2 = 8, whatever the client claimed
    expect(result?.type === "census-result" && result.scores.total?.value).toBe(8);
    expect(JSON.stringify(file.history)).not.toContain("phq9_9"); // no item answers in the registry
  });

  it("is taken once a term, only by open students, with valid answers only", async () => {
    const again = await app.inject({
      method: "POST",
      url: "/api/battery",
      payload: { studentId: STUDENT, answers: { "phq-9": PHQ9, "gad-7": GAD7 } },
    });
    expect(again.statusCode).toBe(409);
    const seeded = await app.inject({
      method: "POST",
      url: "/api/battery",
      payload: { studentId: "s0001", answers: {} },
    });
    expect(seeded.statusCode).toBe(404);
    const bad = await app.inject({
      method: "POST",
      url: "/api/battery",
      payload: { studentId: "s0362", answers: { "phq-9": { ...PHQ9, phq9_1: 7 }, "gad-7": GAD7 } },
    });
    expect(bad.statusCode).toBe(400);
    expect(portal.store.hasSheet("s0362")).toBe(false);
    expect((await portal.registry.events("s0362")).length).toBe(0);
  });
});

describe("each role sees only its view", () => {
  it("psychology teacher: the student on the follow-up list with the provisional top level", async () => {
    const res = await get("/staff/follow-up?lang=en&role=psy-teacher");
    expect(res.statusCode).toBe(200);
    const row = res.body.split("<tr").find((r) => r.includes(`data-student="${STUDENT}"`));
    expect(row).toContain("Red (crisis)");
    expect(row).toContain("provisional");
    expect(row).toContain("critical answer");
  });

  it("class teacher: the action, never answers, scores or flags", async () => {
    const list = await get("/staff/follow-up?lang=en&role=class-teacher&unit=g7-c1");
    const row = list.body.split("<tr").find((r) => r.includes(`data-student="${STUDENT}"`));
    expect(row).toContain("Needs a conversation");
    expect(row).toContain("Red (crisis)");
    expect(list.body).not.toContain("critical answer");
    const file = await get(`/staff/student/${STUDENT}?lang=en&role=class-teacher&unit=g7-c1`);
    expect(file.statusCode).toBe(200);
    expect(file.body).toContain("Needs a conversation");
    for (const hidden of [
      "census results",
      "total 8",
      "(mild)",
      "critical answer",
      "phq9_",
      "session notes",
    ]) {
      expect(file.body.toLowerCase()).not.toContain(hidden);
    }
    const psy = await get(`/staff/student/${STUDENT}?lang=en&role=psy-teacher`);
    expect(psy.body).toContain("PHQ-9 total 8 (Mild)"); // names and bands from the definition
    expect(psy.body).toContain("PHQ-9 · critical answer");
    const zh = await get(`/staff/student/${STUDENT}?lang=zh-CN&role=psy-teacher`);
    expect(zh.body).toContain("PHQ-9 总分 8 (轻度)");
  });

  it("class teacher of another class and head of another grade: nothing of this student", async () => {
    expect(
      (await get(`/staff/student/${STUDENT}?lang=en&role=class-teacher&unit=g7-c2`)).statusCode,
    ).toBe(404);
    expect(
      (await get(`/staff/student/${STUDENT}?lang=en&role=grade-head&unit=g8`)).statusCode,
    ).toBe(404);
    const other = await get("/staff/follow-up?lang=en&role=class-teacher&unit=g7-c2");
    expect(other.body).not.toContain(NAME);
  });

  it("head of grade: the level and status, no flags or scores", async () => {
    const list = await get("/staff/follow-up?lang=en&role=grade-head&unit=g7");
    expect(list.body).toContain(NAME);
    expect(list.body).not.toContain("critical answer");
    const file = await get(`/staff/student/${STUDENT}?lang=en&role=grade-head&unit=g7`);
    expect(file.body).not.toContain("total 8");
  });

  it("school leader: results only on request, and the access is logged", async () => {
    const before = portal.store.accessLog().length;
    const file = await get(`/staff/student/${STUDENT}?lang=en&role=school-leader`);
    expect(file.body).toContain("this access has been logged");
    expect(portal.store.accessLog().length).toBe(before + 1);
    expect(portal.store.accessLog()[0]).toMatchObject({
      role: "school-leader",
      student_id: STUDENT,
    });
  });

  it("county centre: counts only, no student named or identified", async () => {
    const list = await get("/staff/follow-up?lang=en&role=county-centre");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain("Files on the registry");
    expect(list.body).not.toMatch(/Student \d{4}|s\d{4}/);
    expect((await get(`/staff/student/${STUDENT}?lang=en&role=county-centre`)).statusCode).toBe(
      404,
    );
    const report = await get("/staff/report/monthly?lang=en&role=county-centre&month=2026-10");
    expect(report.statusCode).toBe(200);
    expect(report.body).not.toMatch(/Student \d{4}|s\d{4}/);
  });

  it("an unknown role gets nothing", async () => {
    expect((await get("/staff/follow-up?role=student")).statusCode).toBe(400);
    expect((await get("/staff/follow-up?role=nobody")).statusCode).toBe(400);
  });
});

describe("forms go through the registry's rules", () => {
  it("an illegal decision shows the registry's message and writes nothing", async () => {
    const before = (await portal.registry.events(STUDENT)).length;
    const res = await post(
      `/staff/student/${STUDENT}/level-change?lang=en&role=class-teacher&unit=g7-c1`,
      {
        level: "",
        reason: "seems fine",
      },
    );
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain("The registry refused this; nothing was written");
    expect((await portal.registry.events(STUDENT)).length).toBe(before);
  });

  it("an interview then a confirmed level are recorded", async () => {
    const interview = await post(`/staff/student/${STUDENT}/interview?lang=en&role=psy-teacher`, {
      ideation: "on",
      notes: "talked for 40 minutes",
      reason: "critical answer on PHQ-9 item 9",
    });
    expect(interview.statusCode, interview.body).toBe(303);
    const confirm = await post(`/staff/student/${STUDENT}/level-change?lang=en&role=psy-teacher`, {
      level: "red",
      reason: "confirmed at interview",
    });
    expect(confirm.statusCode, confirm.body).toBe(303);
    const file = await portal.registry.file(STUDENT);
    expect(file.provisional).toBe(false);
    expect(file.openFlags).toEqual([]);
  });
});

describe("the pages", () => {
  it("carry a Content-Security-Policy", async () => {
    for (const url of [
      "/student",
      `/student/s0362`,
      "/staff/coverage?role=psy-teacher",
      "/staff/report/census?role=psy-teacher",
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["content-security-policy"], url).toMatch(/default-src '(self|none)'/);
    }
  });

  it("have every string in both locales", () => {
    expect(Object.keys(MESSAGES["zh-CN"]).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });
});
