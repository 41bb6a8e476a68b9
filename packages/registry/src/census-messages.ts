/**
 * Messages of the census's issue codes per locale, spread into `REGISTRY_MESSAGES` so
 * census input is checked through the same issue mechanism as profiles.
 */
export const CENSUS_MESSAGES = {
  en: {
    "invalid-term":
      "A term is written YYYY-YYYY-N: two consecutive years and the term 1 or 2, e.g. 2026-2027-1.",
    "window-order": "The campaign window must end after it starts.",
    "invalid-student-id":
      "A student id is an opaque key of letters, digits and _ . : - (at most 64), never a name.",
    "answers-missing": "A completed response names its scale and holds its answers.",
    "timing-order": "A response cannot finish before it starts.",
    "missing-unit": 'Student "{student}" has no unit at tier "{tier}".',
    "scale-not-in-battery": 'The campaign does not give scale "{scale}" to grade "{grade}".',
    "duplicate-response":
      'Student "{student}" has more than one response for "{scale}": keep one per scale.',
  },
  "zh-CN": {
    "invalid-term": "学期须写作 YYYY-YYYY-N：两个相邻年份加学期序号 1 或 2，如 2026-2027-1。",
    "window-order": "普查时间窗的结束时间须晚于开始时间。",
    "invalid-student-id":
      "学生编号须为由字母、数字和 _ . : - 组成的不透明编号（至多 64 个字符），不能是姓名。",
    "answers-missing": "已完成的作答须注明量表并包含作答内容。",
    "timing-order": "作答的结束时间不能早于开始时间。",
    "missing-unit": "学生“{student}”缺少“{tier}”层级的单位。",
    "scale-not-in-battery": "本次普查没有给年级“{grade}”安排量表“{scale}”。",
    "duplicate-response": "学生“{student}”的“{scale}”有不止一条作答记录：每个量表只能保留一条。",
  },
} as const satisfies Record<string, Record<string, string>>;

/** Words census messages name as `kind`, per locale. */
export const CENSUS_TERMS = {
  en: { scale: "scale" },
  "zh-CN": { scale: "量表" },
} as const satisfies Record<string, Record<string, string>>;
