import { ENGINE_FLAGS } from "@psyscreen/core";
import type { RegionProfileInput } from "../region-profile-schema";
import { CN_K12_TRANSITIONS } from "./cn-k12-transitions";
import { CN_K12_VISIBILITY } from "./cn-k12-visibility";
import {
  CN_ADULT_CONSENT,
  CN_EXIT,
  CN_FOLLOW_UP,
  CN_REPORTING,
  CN_WARNING_LEVELS,
} from "./cn-shared";
import { CN_SOURCES } from "./cn-sources";

/**
 * The `cn-k12` preset: primary and secondary schools under the policy of the Xiangxi
 * 2021 opinion (班级 → 年级 → 学校 warning network, county centre and city above),
 * three warning levels 黄/橙/红. Every value names its source or is marked for review.
 */
export const CN_K12: RegionProfileInput = {
  id: "cn-k12",
  version: "0.1.0",
  name: { en: "China, primary and secondary schools", "zh-CN": "中国中小学" },
  description: {
    en: "Semester census, class → grade → school warning network, 黄/橙/红 levels.",
    "zh-CN": "每学期普查，班级—年级—学校三级预警网络，黄/橙/红三级预警。",
  },
  sources: CN_SOURCES,
  warningLevels: CN_WARNING_LEVELS,
  orgTiers: [
    {
      code: "class",
      label: { en: "Class", "zh-CN": "班级" },
      scope: "school",
      basis: { sources: ["xiangxi-2021"] },
    },
    {
      code: "grade",
      label: { en: "Grade", "zh-CN": "年级" },
      scope: "school",
      basis: { sources: ["xiangxi-2021"] },
    },
    {
      code: "school",
      label: { en: "School", "zh-CN": "学校" },
      scope: "school",
      basis: { sources: ["xiangxi-2021"] },
    },
    {
      code: "county",
      label: { en: "County guidance centre", "zh-CN": "县级学生心理健康教育指导中心" },
      scope: "region",
      basis: { sources: ["hunan-2022", "moe-2021-notice", "beijing-2020"] },
    },
    {
      code: "city",
      label: { en: "City or prefecture", "zh-CN": "市（州）" },
      scope: "region",
      basis: { sources: ["beijing-2020", "leshan"] },
    },
  ],
  roles: [
    {
      code: "student",
      label: { en: "Student", "zh-CN": "学生" },
      kind: "student",
      basis: { sources: ["xiangxi-2021"] },
    },
    {
      code: "guardian",
      label: { en: "Guardian", "zh-CN": "家长（监护人）" },
      kind: "guardian",
      basis: { sources: ["xiangxi-2021", "mental-health-law"] },
    },
    {
      code: "psy-committee-member",
      label: { en: "Class peer supporter", "zh-CN": "班级心理委员" },
      kind: "peer",
      tier: "class",
      basis: { sources: ["xiangxi-2021"] },
    },
    {
      code: "class-teacher",
      label: { en: "Class teacher", "zh-CN": "班主任" },
      kind: "staff",
      tier: "class",
      basis: { sources: ["xiangxi-2021"] },
    },
    {
      code: "grade-head",
      label: { en: "Head of grade", "zh-CN": "年级组长" },
      kind: "staff",
      tier: "grade",
      basis: { sources: ["crisis-template-a"], review: true },
    },
    {
      code: "psy-teacher",
      label: { en: "Psychology teacher", "zh-CN": "专职心理教师" },
      kind: "staff",
      tier: "school",
      basis: { sources: ["xiangxi-2021"] },
    },
    {
      code: "school-leader",
      label: { en: "School leader", "zh-CN": "学校领导" },
      kind: "staff",
      tier: "school",
      basis: { sources: ["xiangxi-2021"] },
    },
    {
      code: "county-centre",
      label: { en: "County centre staff", "zh-CN": "县级指导中心人员" },
      kind: "staff",
      tier: "county",
      basis: { sources: ["hunan-2022"] },
    },
  ],
  routing: [
    {
      flag: "acute",
      tier: "school",
      role: "psy-teacher",
      deadlineHours: 1,
      notify: [
        { role: "class-teacher", withinHours: 0 },
        { role: "school-leader", withinHours: 1 },
        { role: "guardian", withinHours: 2 },
      ],
      provisionalLevel: "red",
      basis: {
        sources: ["nimh-asq", "crisis-template-a", "moe-2015-guide"],
        review: true,
        note: "Immediate safety evaluation [A]; psychology teacher within 60 min [D]; guardian told when confidentiality is broken [B]; the 2 h for the guardian is a default.",
      },
    },
    {
      flag: "critical",
      tier: "school",
      role: "psy-teacher",
      deadlineHours: 24,
      notify: [{ role: "class-teacher", withinHours: 24 }],
      provisionalLevel: "red",
      basis: {
        sources: ["phq9-teen"],
        review: true,
        note: "A positive self-harm item is followed up by an interview the same day [D]; DOMAIN.md decision 2 opens the top level pending that review.",
      },
    },
    {
      flag: "attention",
      flagId: ENGINE_FLAGS.criticalItemUnanswered,
      tier: "school",
      role: "psy-teacher",
      deadlineHours: 24,
      basis: {
        review: true,
        note: "An unanswered safety question is asked in person, the same day: missing data never hides a critical item (ARCHITECTURE.md principle 4).",
      },
    },
    {
      flag: "positive",
      tier: "school",
      role: "psy-teacher",
      deadlineHours: 336,
      basis: {
        sources: ["hengnan-2021"],
        review: true,
        note: "Interview after a positive screen [A]; 14 days is the illustrative deadline of domain-research.md §8.3.",
      },
    },
    {
      flag: "attention",
      tier: "school",
      role: "psy-teacher",
      deadlineHours: 720,
      basis: { review: true, note: "A conversation within 30 days is a default." },
    },
    {
      flag: "invalid",
      tier: "school",
      role: "psy-teacher",
      deadlineHours: 336,
      basis: {
        review: true,
        note: "An invalid sheet (e.g. MHT validity ≥ 7) is retested within the census window; 14 days is a default.",
      },
    },
    {
      flag: "incomplete",
      tier: "school",
      role: "psy-teacher",
      deadlineHours: 336,
      basis: { review: true, note: "Complete or retest within the census window; a default." },
    },
  ],
  followUp: CN_FOLLOW_UP,
  exit: CN_EXIT,
  transitions: CN_K12_TRANSITIONS,
  consent: [
    {
      minAge: 0,
      maxAge: 14,
      modes: {
        screening: "student-and-guardian",
        "record-keeping": "guardian",
        referral: "guardian",
        "information-sharing": "guardian",
      },
      basis: {
        sources: ["moe-2015-guide", "pipl", "mental-health-law"],
        review: true,
        note: "Testing with informed, voluntary participation of student and guardian [B]; guardian consent under 14 (PIPL Art. 31). Whether a statutory duty replaces consent for public schools is unverified: legal review needed.",
      },
    },
    {
      minAge: 14,
      maxAge: 18,
      modes: {
        screening: "student-and-guardian",
        "record-keeping": "student-and-guardian",
        referral: "student-and-guardian",
        "information-sharing": "student-and-guardian",
      },
      basis: {
        sources: ["moe-2015-guide", "pipl"],
        review: true,
        note: "Student and guardian for 14–17 is a conservative choice; the legal need is unverified.",
      },
    },
    CN_ADULT_CONSENT,
  ],
  visibility: CN_K12_VISIBILITY,
  reporting: CN_REPORTING,
};
