/**
 * The family-situation flags (特殊群体) a roster may carry, from domain-research.md §4.2
 * and §8.1: 留守 (both parents or one away), 流动, 孤儿, 事实无人抚养, 单亲, 父母离异,
 * 重组家庭, 家庭经济困难, the three 困境儿童 categories of 国发〔2016〕36号, 家庭重大变故,
 * and `other`. The list is closed: "problem student" (问题学生) is never a student
 * attribute (DOMAIN.md); behaviour is recorded as events in the registry instead.
 */
export const FAMILY_FLAGS = [
  "left-behind-both",
  "left-behind-one",
  "migrant",
  "orphan",
  "de-facto-unsupported",
  "single-parent",
  "divorced",
  "remarried-family",
  "economic-hardship",
  "difficult-child-poverty",
  "difficult-child-disability",
  "difficult-child-guardianship",
  "family-major-event",
  "other",
] as const;

/** A family-situation flag of a roster entry. */
export type FamilyFlag = (typeof FAMILY_FLAGS)[number];

/** How each family-situation flag is shown, in en and zh-CN. */
export const FAMILY_FLAG_LABELS: Readonly<Record<FamilyFlag, { en: string; "zh-CN": string }>> = {
  "left-behind-both": { en: "Left behind (both parents away)", "zh-CN": "留守（父母均外出）" },
  "left-behind-one": {
    en: "Left behind (one parent away, the other unable to care)",
    "zh-CN": "留守（一方外出、另一方无监护能力）",
  },
  migrant: { en: "Migrant", "zh-CN": "流动儿童" },
  orphan: { en: "Orphan", "zh-CN": "孤儿" },
  "de-facto-unsupported": { en: "De facto unsupported", "zh-CN": "事实无人抚养" },
  "single-parent": { en: "Single-parent family", "zh-CN": "单亲家庭" },
  divorced: { en: "Parents divorced", "zh-CN": "父母离异" },
  "remarried-family": { en: "Remarried family", "zh-CN": "重组家庭" },
  "economic-hardship": { en: "Economic hardship", "zh-CN": "家庭经济困难" },
  "difficult-child-poverty": { en: "Child in difficulty: poverty", "zh-CN": "困境儿童（贫困）" },
  "difficult-child-disability": {
    en: "Child in difficulty: disability",
    "zh-CN": "困境儿童（残疾）",
  },
  "difficult-child-guardianship": {
    en: "Child in difficulty: guardianship",
    "zh-CN": "困境儿童（监护缺失或不当）",
  },
  "family-major-event": { en: "Major family event", "zh-CN": "家庭重大变故" },
  other: { en: "Other", "zh-CN": "其他" },
};
