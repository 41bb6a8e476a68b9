/** Messages of the careless-answering indicators per locale; `{name}` from params. */
export const CARELESS_MESSAGES = {
  en: {
    "straight-lining":
      "All {items} answers of one response set are {value}: the sheet may not have been read. The result stands; check it in the interview.",
    "too-fast":
      "Answered in {secondsPerItem} s per item (under {limit} s): the sheet may not have been read. The result stands; check it in the interview.",
    "validity-scale":
      'The scale\'s validity rule "{flag}" fired: read the result with care and consider a retest.',
  },
  "zh-CN": {
    "straight-lining":
      "同一选项组的 {items} 道题全部选了 {value}：学生可能没有认真阅读题目。结果照常保留，请在面谈中核实。",
    "too-fast":
      "平均每题仅用 {secondsPerItem} 秒（低于 {limit} 秒）：学生可能没有认真阅读题目。结果照常保留，请在面谈中核实。",
    "validity-scale": "量表的效度规则“{flag}”被触发：请谨慎解读结果，并考虑重测。",
  },
} as const satisfies Record<string, Record<string, string>>;
