import type { Locale, ScaleDefinition } from "@psyscreen/core";
import type { StudentView } from "@psyscreen/registry";
import { getScale, scaleIds } from "@psyscreen/scales";
import { html, type Safe } from "./html";
import { say } from "./messages";

const FLAG_LABELS: Record<string, { en: string; "zh-CN": string }> = {
  critical: { en: "critical answer", "zh-CN": "关键条目" },
  acute: { en: "acute risk", "zh-CN": "急性风险" },
  positive: { en: "screen positive", "zh-CN": "筛查阳性" },
  incomplete: { en: "incomplete", "zh-CN": "作答不完整" },
};

/** A flag kind in words. */
export function flagLabel(kind: string, locale: Locale): string {
  return FLAG_LABELS[kind]?.[locale] ?? kind;
}

/** The shipped scale of an id, or undefined. */
function shippedScale(id: string | undefined): ScaleDefinition | undefined {
  return id !== undefined && (scaleIds as readonly string[]).includes(id)
    ? getScale(id)
    : undefined;
}

/** A result's scores in words ("PHQ-9 total 12 (Moderate), …"), names and bands from the definition. */
export function resultText(
  scaleId: string,
  scores: Record<string, { value?: number | null; band?: string | null }>,
  locale: Locale,
): string {
  const scale = shippedScale(scaleId);
  const parts = Object.entries(scores).map(([id, s]) => {
    const def = scale?.scores.find((d) => d.id === id);
    const name = def?.name?.[locale] ?? def?.name?.en ?? id;
    const band = def?.bands?.find((b) => b.id === s.band)?.label;
    const bandText = s.band ? ` (${band?.[locale] ?? band?.en ?? s.band})` : "";
    const value = s.value === undefined ? "" : ` ${s.value ?? "—"}`;
    return `${name}${value}${bandText}`;
  });
  // score names carry their scale ("PHQ-9 total"); an unknown scale is named by its id
  return scale === undefined ? `${scaleId}: ${parts.join(", ")}` : parts.join(", ");
}

/** An open flag as a tag, named with its scale ("PHQ-9 · screen positive") when known. */
export function flagTag(flag: { kind: string; scaleId?: string }, locale: Locale): Safe {
  const scale = shippedScale(flag.scaleId)?.abbreviation;
  const label = flagLabel(flag.kind, locale);
  return html`<span class="flag ${flag.kind}">${scale ? `${scale} · ${label}` : label}</span>`;
}

/** A view's warning level as a coloured badge, marked when provisional. */
export function levelBadge(view: StudentView, locale: Locale): Safe {
  const level = view.level;
  if (level === undefined) return html`—`;
  return html`<span class="level level-${level.code}">${level.label[locale]}</span>${level.provisional ? html` <span class="provisional">${say(locale, "provisional")}${level.note ? html` · ${level.note[locale]}` : ""}</span>` : ""}`;
}

const STATUS_LABELS: Record<string, { en: string; "zh-CN": string }> = {
  universal: { en: "universal", "zh-CN": "全体学生" },
  "flagged-pending-review": { en: "flagged, pending review", "zh-CN": "已标记待复核" },
  watch: { en: "watch", "zh-CN": "一般关注" },
  key: { en: "key", "zh-CN": "重点关注" },
  crisis: { en: "crisis", "zh-CN": "危机" },
  referred: { en: "referred", "zh-CN": "已转介" },
  "on-leave": { en: "on leave", "zh-CN": "休学" },
  "return-review": { en: "return review", "zh-CN": "复学评估" },
  "monitor-after-exit": { en: "monitoring after exit", "zh-CN": "退出后观察" },
  closed: { en: "closed", "zh-CN": "已结案" },
};

/** A status of the registry in words. */
export function statusLabel(status: string, locale: Locale): string {
  return STATUS_LABELS[status]?.[locale] ?? status;
}
