/**
 * The words of the reports (census and monthly) per locale. Both locales hold the same
 * keys (a test enforces it); `{name}` is replaced by a value.
 */
export const REPORT_MESSAGES = {
  en: {
    "census-title": "Census report {term}",
    "census-subtitle": "Campaign {campaign} · profile {profile} {version} · generated {date}",
    summary: "Summary",
    enrolled: "Students targeted",
    screened: "Screened",
    coverage: "Coverage",
    target: "Target coverage",
    "target-met": "Target met",
    yes: "yes",
    no: "no",
    absent: "Absent",
    refused: "Refused",
    exempt: "Exempt",
    "not-reached": "Not reached",
    partial: "Partly screened",
    "coverage-per": "Coverage per {tier}",
    "coverage-note": "The dashed line is the target; units below it are drawn in orange.",
    "follow-up": "Follow-up",
    "follow-up-students": "Students to talk with",
    "follow-up-overdue": "Overdue when the census ran",
    urgency: "Most urgent flag",
    students: "Students",
    "prevalence-per": "Screen flags per {tier}",
    unit: "Unit",
    scale: "Scale",
    kind: "Flag",
    count: "Students",
    rate: "Rate",
    suppressed: "suppressed",
    "suppression-note":
      "Cells counting fewer than {n} students (or whose complement does) are suppressed so that no student can be singled out.",
    trend: "Semester trend",
    "trend-coverage": "Coverage",
    "trend-rate": "{scale} {kind}",
    footer:
      "A screening result is not a diagnosis. This report holds counts only: no names, no answers, no scores of any student.",
    "kind-acute": "acute",
    "kind-critical": "critical",
    "kind-positive": "positive",
    "kind-attention": "attention",
    "kind-invalid": "invalid",
    "kind-incomplete": "incomplete",
  },
  "zh-CN": {
    "census-title": "{term} 心理健康普查报告",
    "census-subtitle": "普查 {campaign} · 区域配置 {profile} {version} · 生成于 {date}",
    summary: "概况",
    enrolled: "应测学生",
    screened: "已测",
    coverage: "覆盖率",
    target: "目标覆盖率",
    "target-met": "是否达标",
    yes: "是",
    no: "否",
    absent: "缺测",
    refused: "拒测",
    exempt: "免测",
    "not-reached": "未覆盖",
    partial: "部分完成",
    "coverage-per": "各{tier}覆盖率",
    "coverage-note": "虚线为目标覆盖率；低于目标的单位以橙色显示。",
    "follow-up": "跟进",
    "follow-up-students": "需约谈学生",
    "follow-up-overdue": "普查时已逾期",
    urgency: "最紧急的筛查标记",
    students: "学生数",
    "prevalence-per": "各{tier}筛查标记",
    unit: "单位",
    scale: "量表",
    kind: "标记",
    count: "学生数",
    rate: "比例",
    suppressed: "已隐藏",
    "suppression-note":
      "人数少于 {n} 的单元格（或可由相减推出该单元格的单元格）已隐藏，以免识别出个别学生。",
    trend: "学期趋势",
    "trend-coverage": "覆盖率",
    "trend-rate": "{scale} {kind}",
    footer: "筛查结果不是诊断。本报告只含人数统计：不含任何学生的姓名、作答或分数。",
    "kind-acute": "紧急",
    "kind-critical": "危机条目",
    "kind-positive": "阳性",
    "kind-attention": "需关注",
    "kind-invalid": "无效",
    "kind-incomplete": "不完整",
  },
} as const satisfies Record<string, Record<string, string>>;

/** A key of the report words. */
export type ReportMessageKey = keyof typeof REPORT_MESSAGES.en;

/**
 * A report word in a locale, its `{name}` placeholders filled.
 *
 * @example
 * reportMessage("zh-CN", "coverage-per", { tier: "班级" }) // => "各班级覆盖率"
 */
export function reportMessage(
  locale: keyof typeof REPORT_MESSAGES,
  key: ReportMessageKey,
  params: Record<string, string | number> = {},
): string {
  return REPORT_MESSAGES[locale][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
}
