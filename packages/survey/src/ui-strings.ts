import type { Locale } from "@psyscreen/core";

/** The strings psyscreen's questionnaire widgets show themselves, per locale. */
export interface UiStrings {
  /** Shown in zh-CN when a scale ships no Chinese wording and English text is shown. */
  fallbackNotice: string;
  /** Progress bar text: `{0}` answered of `{1}` items. */
  progress: string;
  /** Shown after completion. */
  completed: string;
  /** The submit button. */
  complete: string;
  /** An answer the scale requires is missing. */
  required: string;
  /** Heading over the host's help content when a critical flag fires. */
  helpHeading: string;
  /** The accessible name of the questionnaire region. */
  regionLabel: string;
}

/** psyscreen's own widget strings in every shipped locale. */
export const UI_STRINGS: Readonly<Record<Locale, UiStrings>> = {
  en: {
    fallbackNotice:
      "This questionnaire has no approved Chinese wording yet; its items are shown in English.",
    progress: "Answered {0} of {1}",
    completed: "Thank you. Your answers have been recorded.",
    complete: "Submit",
    required: "Please answer this question.",
    helpHeading: "You can talk to someone now",
    regionLabel: "Questionnaire",
  },
  "zh-CN": {
    fallbackNotice: "本问卷暂无经核准的中文条目文本，以下题目以英文原文显示。",
    progress: "已答 {0} / {1} 题",
    completed: "谢谢！你的回答已记录。",
    complete: "提交",
    required: "请回答这道题。",
    helpHeading: "现在就可以找人聊聊",
    regionLabel: "问卷",
  },
};
