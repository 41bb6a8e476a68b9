import type { RegionProfileInput } from "../region-profile-schema";

/**
 * The three warning levels both `cn-*` presets use: 黄/橙/红, ranked 1–3 (3 most
 * serious), mapped to the watch, key and crisis statuses of domain-research.md §8.1.
 */
export const CN_WARNING_LEVELS: RegionProfileInput["warningLevels"] = [
  {
    code: "yellow",
    label: { en: "Yellow (watch)", "zh-CN": "黄色（一般关注）" },
    colour: "#EAB308",
    severityRank: 1,
    status: "watch",
    description: {
      en: "Mild risk or a special-group need found at review: routine observation and follow-up.",
      "zh-CN": "复核发现轻度风险或特殊群体需要：日常观察与随访。",
    },
    basis: {
      sources: ["crisis-template-a", "beijing-2020"],
      review: true,
      note: "Colour schemes come from school templates [D]; the number of levels varies by region (3 here, 4 with blue in some templates).",
    },
  },
  {
    code: "orange",
    label: { en: "Orange (key)", "zh-CN": "橙色（重点关注）" },
    colour: "#EA580C",
    severityRank: 2,
    status: "key",
    description: {
      en: "Moderate or high risk: an intervention plan (一人一案) and close follow-up.",
      "zh-CN": "中高风险：制定干预方案（一人一案）并密切随访。",
    },
    basis: {
      sources: ["crisis-template-a", "xiangxi-2021"],
      review: true,
      note: "重点学生 with 一人一案 from the source policy; colour from templates [D].",
    },
  },
  {
    code: "red",
    label: { en: "Red (crisis)", "zh-CN": "红色（危机）" },
    colour: "#DC2626",
    severityRank: 3,
    status: "crisis",
    description: {
      en: "Imminent risk of harm to self or others: safety first, guardian told, referral considered.",
      "zh-CN": "存在自伤或伤人的紧迫风险：安全优先，告知监护人，考虑转介。",
    },
    basis: {
      sources: ["crisis-template-a", "crisis-template-b", "nimh-asq"],
      review: true,
      note: "Templates [D] define the top level by plan, means or farewell behaviour within 24 h.",
    },
  },
];

/** Follow-up per level, shared by both presets (values from templates, to review). */
export const CN_FOLLOW_UP: RegionProfileInput["followUp"] = [
  {
    level: "yellow",
    intervalDays: 30,
    reviewIntervalDays: 120,
    minDaysBeforeDeescalation: 30,
    planRequired: false,
    basis: {
      sources: ["moe-2021-notice", "leshan"],
      review: true,
      note: "Monthly contact (universities: monthly dorm visits [A]); review each semester with the re-screen (Leshan [B]); 30 days before lowering is a default.",
    },
  },
  {
    level: "orange",
    intervalDays: 3.5,
    reviewIntervalDays: 30,
    minDaysBeforeDeescalation: 28,
    planRequired: true,
    planWithinDays: 7,
    basis: {
      sources: ["crisis-template-b", "xiangxi-2021"],
      review: true,
      note: "At least two follow-ups a week [D]; 一人一案 from the source policy; plan within 7 days, monthly review and 28 days before lowering are defaults.",
    },
  },
  {
    level: "red",
    intervalDays: 1,
    reviewIntervalDays: 7,
    minDaysBeforeDeescalation: 7,
    planRequired: true,
    planWithinDays: 1,
    basis: {
      sources: ["crisis-template-b"],
      review: true,
      note: "24 h supervision until a safe handover [D]: at least daily contact; a safety plan the same day; weekly review and 7 days before lowering are defaults.",
    },
  },
];

/** Exit (解除) criteria, shared by both presets. */
export const CN_EXIT: RegionProfileInput["exit"] = {
  criteria: [
    {
      kind: "rescreen-negative",
      count: 1,
      basis: { sources: ["leshan"], note: "Exit by re-screening at the next census [B]." },
    },
    {
      kind: "interview-no-risk",
      basis: { sources: ["leshan"], note: "Re-check by the psychology teacher [B]." },
    },
    {
      kind: "observer-reports-stable",
      basis: { sources: ["hengnan-2021"], note: "自评 + 他评 [A]." },
    },
  ],
  monitorDays: 120,
  basis: {
    review: true,
    note: "No national exit rule was found (domain-research.md §2.5); one semester of light follow-up is a default.",
  },
};

/** Report suppression, shared by both presets. */
export const CN_REPORTING: RegionProfileInput["reporting"] = {
  minCellSize: 5,
  basis: {
    review: true,
    note: "No policy source found; 5 is a common disclosure-control threshold. Upward reports are aggregates (domain-research.md §6.2).",
  },
};

/** Consent from 18: adults decide for themselves, in schools and universities alike. */
export const CN_ADULT_CONSENT: RegionProfileInput["consent"][number] = {
  minAge: 18,
  modes: {
    screening: "student",
    "record-keeping": "student",
    referral: "student",
    "information-sharing": "student",
  },
  basis: {
    sources: ["mental-health-law"],
    review: true,
    note: "Adults decide for themselves; no examination against the person's will (Art. 27).",
  },
};
