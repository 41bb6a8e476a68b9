import type { Locale } from "@psyscreen/core";
import { html, type Safe } from "./html";
import { say } from "./messages";
import type { Portal } from "./open-portal";
import { type PageContext, query } from "./page-context";
import { staffRoles } from "./staff-scope";

/** The referral choices in words (the values are the registry's codes). */
const CHOICES: Record<string, { en: string; "zh-CN": string }> = {
  green: { en: "green channel", "zh-CN": "绿色通道" },
  ordinary: { en: "ordinary", "zh-CN": "普通" },
  routine: { en: "routine", "zh-CN": "常规" },
  urgent: { en: "urgent", "zh-CN": "紧急" },
  emergency: { en: "emergency", "zh-CN": "急诊" },
};

/** The forms of a file page — interview, level change, plan, referral — posting to the registry. */
export function staffForms(portal: Portal, ctx: PageContext, studentId: string): Safe {
  const t = (key: Parameters<typeof say>[1]) => say(ctx.locale, key);
  const l: Locale = ctx.locale;
  const action = (kind: string) => `/staff/student/${studentId}/${kind}${query(ctx)}`;
  const reason = html`<label>${t("form-reason")} <input name="reason" required maxlength="200"></label>`;
  const roles = staffRoles(portal).filter((r) => r.code !== "county-centre");
  const approver = html`<label>${t("form-approver")} <select name="approver"><option value="">${t("form-nobody")}</option>${roles.map(
    (r) => html`<option value="${r.code}">${r.label[l]}</option>`,
  )}</select></label>`;
  const check = (name: string, key: Parameters<typeof say>[1]) =>
    html`<label class="check"><input type="checkbox" name="${name}"> ${t(key)}</label>`;
  const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  return html`<div class="forms">
<form method="post" action="${action("interview")}" class="card"><h3>${t("form-interview")}</h3>
${check("noRisk", "form-no-risk")}${check("ideation", "form-ideation")}${check("plan", "form-plan-risk")}${check("means", "form-means")}${check("pastAttempt", "form-past")}
<label>${t("form-notes")} <textarea name="notes" rows="2" maxlength="500"></textarea></label>${reason}
<button type="submit">${t("form-submit")}</button></form>
<form method="post" action="${action("level-change")}" class="card"><h3>${t("form-level")}</h3>
<label>${t("form-new-level")} <select name="level"><option value="">${t("form-no-level")}</option>${portal.profile.warningLevels.map(
    (w) => html`<option value="${w.code}">${w.label[l]}</option>`,
  )}</select></label>${approver}${reason}
<button type="submit">${t("form-submit")}</button></form>
<form method="post" action="${action("plan-created")}" class="card"><h3>${t("form-plan")}</h3>
<label>${t("form-goal")} <input name="goal" required maxlength="200"></label>
<label>${t("form-measure")} <input name="measure" required maxlength="200"></label>
<label>${t("form-owner")} <select name="owner">${roles.map((r) => html`<option value="${r.code}">${r.label[l]}</option>`)}</select></label>
<label>${t("form-every")} <input name="everyDays" type="number" min="1" value="7" required></label>
<label>${t("form-review-on")} <input name="reviewOn" type="date" value="${inTwoWeeks}" required></label>${reason}
<button type="submit">${t("form-submit")}</button></form>
<form method="post" action="${action("referral-made")}" class="card"><h3>${t("form-referral")}</h3>
<label>${t("form-institution")} <input name="institution" required maxlength="200"></label>
<label>${t("form-channel")} <select name="channel"><option value="green">${CHOICES.green![l]}</option><option value="ordinary">${CHOICES.ordinary![l]}</option></select></label>
<label>${t("form-urgency")} <select name="urgency"><option value="routine">${CHOICES.routine![l]}</option><option value="urgent">${CHOICES.urgent![l]}</option><option value="emergency">${CHOICES.emergency![l]}</option></select></label>${approver}${reason}
<button type="submit">${t("form-submit")}</button></form>
</div>`;
}
