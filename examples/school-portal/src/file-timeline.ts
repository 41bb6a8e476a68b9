import type { Locale } from "@psyscreen/core";
import type { RegionProfile, StudentFile, StudentView } from "@psyscreen/registry";
import { html, type Safe } from "./html";
import { say } from "./messages";
import { showTime } from "./show-time";
import { flagTag, resultText, statusLabel } from "./view-parts";

interface Entry {
  time: string;
  what: Safe;
}

/**
 * A student's history as a role may see it, built from the role's view only: census
 * participation or results, flags, level steps (for roles that see the level), session
 * notes, family contacts, medical documents, the plan. Nothing the view leaves out.
 */
export function fileTimeline(
  view: StudentView,
  file: StudentFile,
  profile: RegionProfile,
  locale: Locale,
): Safe {
  const entries: Entry[] = [];
  const label = (code: string | null) =>
    code === null
      ? "—"
      : (profile.warningLevels.find((l) => l.code === code)?.label[locale] ?? code);
  if (view.results) {
    for (const r of view.results) {
      const bands = Object.fromEntries(
        Object.entries(r.bands ?? {}).map(([k, b]) => [k, { band: b }]),
      );
      const text = resultText(r.scaleId, { ...(r.scores ?? {}), ...bands }, locale);
      entries.push({
        time: r.time,
        what: html`<b>${say(locale, "file-results")}</b> ${text}${(r.flags ?? []).map((f) => html` ${flagTag({ kind: f.kind, scaleId: r.scaleId }, locale)}`)}`,
      });
    }
  } else if (view.participation) {
    for (const p of view.participation) {
      entries.push({
        time: p.time,
        what: html`<b>${say(locale, "file-participation")}</b> ${p.term} · ${p.scaleId}`,
      });
    }
  }
  for (const f of view.flags ?? []) {
    entries.push({
      time: f.raisedAt,
      what: html`${flagTag(f, locale)} → ${profile.roles.find((r) => r.code === f.ownerRole)?.label[locale] ?? f.ownerRole}, ${say(locale, "follow-due")} ${showTime(f.dueAt, locale)}`,
    });
  }
  // the level's history only for roles with full access to it (status shown): a
  // label-and-actions view holds the current level alone
  if (view.level !== undefined && view.status !== undefined) {
    for (const step of file.levelHistory) {
      const status = ` (${statusLabel(step.from, locale)} → ${statusLabel(step.to, locale)})`;
      entries.push({
        time: step.time,
        what: html`<b>${say(locale, "file-level")}</b> ${label(step.level)}${status}${step.provisional ? html` <span class="provisional">${say(locale, "provisional")}</span>` : ""}`,
      });
    }
  }
  for (const n of view.notes ?? []) {
    const notes = "notes" in n && typeof n.notes === "string" ? n.notes : "";
    entries.push({
      time: n.time,
      what: html`<b>${n.type}</b> ${n.role}: ${n.reason}${notes ? ` — ${notes}` : ""}`,
    });
  }
  for (const c of view.family?.contacts ?? []) {
    entries.push({ time: c.time, what: html`<b>${say(locale, "file-family")}</b> ${c.contact}` });
  }
  if (view.plan?.createdAt) {
    entries.push({
      time: view.plan.createdAt,
      what: html`<b>${say(locale, "file-plan")}</b> ${(view.plan.goals ?? []).join("; ")}`,
    });
  }
  entries.sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
  return html`<ol class="timeline">${entries.map((e) => html`<li><time datetime="${e.time}">${showTime(e.time, locale)}</time> ${e.what}</li>`)}</ol>`;
}
