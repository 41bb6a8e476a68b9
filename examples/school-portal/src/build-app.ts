import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import { filePage } from "./file-page";
import { followUpPage } from "./follow-up-page";
import { html } from "./html";
import { issueText } from "./issue-text";
import { layout, PAGE_CSP } from "./layout";
import { say } from "./messages";
import type { Portal } from "./open-portal";
import { localeOf, type PageContext, query } from "./page-context";
import { type BatterySubmission, recordBattery } from "./record-battery";
import {
  censusReportHtml,
  coveragePage,
  monthlyPage,
  monthlyReportHtml,
  monthOf,
} from "./report-pages";
import { FORM_KINDS, type FormKind, staffEvent } from "./staff-event";
import { staffContext } from "./staff-scope";
import { batteryPage, studentListPage } from "./student-pages";

/** Options of `buildApp`. */
export interface AppOptions {
  /** The single-file `<psy-screening>` bundle; default `@psyscreen/elements`' built `dist/psy-screening.min.js`. */
  bundle?: () => string | Uint8Array;
  /** The clock; default the real one. */
  now?: () => Date;
  /** Fastify's logger; default off. */
  logger?: boolean;
}

/** The CSP of the registry's report pages, shown in a frame of the portal. */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";

const PUBLIC = new URL("../public/", import.meta.url);
const ASSETS: Record<string, string> = {
  "portal.css": "text/css",
  "student.js": "text/javascript",
  "staff.js": "text/javascript",
};

/** The built bundle of `@psyscreen/elements`. */
export function builtBundle(): Uint8Array {
  const pkg = createRequire(import.meta.url).resolve("@psyscreen/elements/package.json");
  return readFileSync(join(dirname(pkg), "dist", "psy-screening.min.js"));
}

type Query = { lang?: string; role?: string; unit?: string; month?: string; saved?: string };

/**
 * The portal as a Fastify app: the student pages and `/api/battery`, the staff pages
 * (follow-up list, coverage and monthly reports, student files and their forms) each
 * through the role's view, the static assets, and a CSP on every page.
 *
 * @param portal - the open portal
 * @param options - the bundle, the clock, logging
 * @returns the app, not yet listening
 */
export function buildApp(portal: Portal, options: AppOptions = {}): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 64 * 1024 });
  const now = options.now ?? (() => new Date());
  let bundle: string | Uint8Array | undefined;
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string" },
    (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );
  app.addHook("onSend", async (_req, reply, payload) => {
    if (!reply.hasHeader("content-security-policy"))
      reply.header("content-security-policy", PAGE_CSP);
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "no-referrer");
    return payload;
  });
  const page = (reply: FastifyReply, body: string, status = 200) =>
    reply.code(status).type("text/html; charset=utf-8").send(body);
  const problem = (
    reply: FastifyReply,
    ctx: PageContext,
    status: number,
    key: "not-found" | "bad-role",
  ) =>
    page(
      reply,
      layout(ctx, {
        title: say(ctx.locale, key),
        section: "staff",
        path: "/",
        body: html`<p class="notice">${say(ctx.locale, key)}</p>`,
      }),
      status,
    );
  const staff = (reply: FastifyReply, q: Query): PageContext | undefined => {
    const ctx = staffContext(portal, {
      locale: localeOf(q.lang),
      role: q.role ?? "psy-teacher",
      ...(q.unit ? { unit: q.unit } : {}),
    });
    if (ctx === undefined) problem(reply, { locale: localeOf(q.lang) }, 400, "bad-role");
    return ctx;
  };

  app.get<{ Params: { name: string } }>("/assets/:name", (req, reply) => {
    const type = ASSETS[req.params.name];
    if (type === undefined) return reply.code(404).send();
    return reply
      .type(`${type}; charset=utf-8`)
      .send(readFileSync(new URL(req.params.name, PUBLIC)));
  });
  app.get("/assets/psy-screening.min.js", (_req, reply) => {
    bundle ??= (options.bundle ?? builtBundle)();
    return reply
      .type("text/javascript; charset=utf-8")
      .header("cache-control", "no-cache")
      .send(bundle);
  });

  app.get<{ Querystring: Query }>("/", (req, reply) =>
    reply.redirect(`/student${query({ locale: localeOf(req.query.lang) })}`),
  );
  app.get<{ Querystring: Query }>("/student", (req, reply) =>
    page(reply, studentListPage(portal, { locale: localeOf(req.query.lang) })),
  );
  app.get<{ Querystring: Query; Params: { id: string } }>("/student/:id", (req, reply) => {
    const ctx = { locale: localeOf(req.query.lang) };
    const body = batteryPage(portal, ctx, req.params.id);
    return body === null ? problem(reply, ctx, 404, "not-found") : page(reply, body);
  });
  app.post<{ Querystring: Query; Body: BatterySubmission }>("/api/battery", async (req, reply) => {
    const body = req.body as Partial<BatterySubmission> | undefined;
    const locale = localeOf(
      req.query.lang ?? (req.headers["accept-language"]?.startsWith("en") ? "en" : "zh-CN"),
    );
    if (
      typeof body?.studentId !== "string" ||
      typeof body.answers !== "object" ||
      body.answers === null
    ) {
      return reply.code(400).send({ messages: ["studentId and answers required"] });
    }
    const outcome = await recordBattery(portal, body as BatterySubmission, now(), locale);
    return outcome.success
      ? reply.send({ ok: true })
      : reply.code(outcome.status).send({ messages: outcome.messages });
  });

  app.get<{ Querystring: Query }>("/staff", (req, reply) =>
    reply.redirect(
      `/staff/follow-up${query({ locale: localeOf(req.query.lang), role: req.query.role ?? "psy-teacher" })}`,
    ),
  );
  app.get<{ Querystring: Query }>("/staff/follow-up", async (req, reply) => {
    const ctx = staff(reply, req.query);
    return ctx && page(reply, await followUpPage(portal, ctx, now()));
  });
  app.get<{ Querystring: Query }>("/staff/coverage", (req, reply) => {
    const ctx = staff(reply, req.query);
    return ctx && page(reply, coveragePage(portal, ctx));
  });
  app.get<{ Querystring: Query }>("/staff/monthly", (req, reply) => {
    const ctx = staff(reply, req.query);
    return ctx && page(reply, monthlyPage(portal, ctx, monthOf(req.query.month, now())));
  });
  app.get<{ Querystring: Query }>("/staff/report/census", (req, reply) => {
    const ctx = staff(reply, req.query);
    return (
      ctx &&
      page(
        reply.header("content-security-policy", REPORT_CSP),
        censusReportHtml(portal, ctx, now()),
      )
    );
  });
  app.get<{ Querystring: Query }>("/staff/report/monthly", async (req, reply) => {
    const ctx = staff(reply, req.query);
    return (
      ctx &&
      page(
        reply.header("content-security-policy", REPORT_CSP),
        await monthlyReportHtml(portal, ctx, monthOf(req.query.month, now()), now()),
      )
    );
  });
  app.get<{ Querystring: Query; Params: { id: string } }>(
    "/staff/student/:id",
    async (req, reply) => {
      const ctx = staff(reply, req.query);
      if (!ctx) return;
      const saved =
        req.query.saved === "1"
          ? html`<p class="notice ok" role="status">${say(ctx.locale, "form-saved")}</p>`
          : undefined;
      const body = await filePage(portal, ctx, req.params.id, now(), saved);
      return body === null ? problem(reply, ctx, 404, "not-found") : page(reply, body);
    },
  );
  app.post<{
    Querystring: Query;
    Params: { id: string; kind: string };
    Body: Record<string, string>;
  }>("/staff/student/:id/:kind", async (req, reply) => {
    const ctx = staff(reply, req.query);
    if (!ctx) return;
    const kind = req.params.kind as FormKind;
    const shown = await filePage(portal, ctx, req.params.id, now());
    if (shown === null || !FORM_KINDS.includes(kind)) return problem(reply, ctx, 404, "not-found");
    const file = await portal.registry.file(req.params.id);
    const event = staffEvent(
      kind,
      (req.body ?? {}) as Record<string, string>,
      ctx.role!,
      file,
      now(),
    );
    const result = await portal.registry.append(event);
    if (result.success)
      return reply.redirect(`/staff/student/${req.params.id}${query(ctx, { saved: "1" })}`, 303);
    const notice = html`<div class="notice refused" role="alert"><p>${say(ctx.locale, "form-refused")}</p><ul>${result.issues.map((i) => html`<li>${issueText(i, ctx.locale)}</li>`)}</ul></div>`;
    return page(reply, (await filePage(portal, ctx, req.params.id, now(), notice))!, 422);
  });
  return app;
}
