import type { Locale } from "@psyscreen/react";

/** The example page's own words, in both locales. */
export const STRINGS: Readonly<Record<Locale, Record<string, string>>> = {
  en: {
    title: "psyscreen in a React app",
    scale: "Scale",
    language: "Language",
    helpHeading: "You can talk to someone now",
    help: "Talk to the school counsellor today (room 101), or call the 24-hour line 000-0000. (Synthetic example: a school puts its own resources here.)",
    result: "Result",
    score: "Score",
    flags: "Flags",
    none: "none",
    again: "Start again",
  },
  "zh-CN": {
    title: "在 React 应用中使用 psyscreen",
    scale: "量表",
    language: "语言",
    helpHeading: "现在就可以找人聊聊",
    help: "今天就去找学校心理老师（101 室），或拨打 24 小时热线 000-0000。（示例文字：学校在这里写上自己的求助资源。）",
    result: "结果",
    score: "得分",
    flags: "提示",
    none: "无",
    again: "重新开始",
  },
};
