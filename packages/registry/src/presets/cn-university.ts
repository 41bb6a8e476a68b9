import type { RegionProfileInput } from "../region-profile-schema";
import { CN_K12 } from "./cn-k12";
import {
  CN_ADULT_CONSENT,
  CN_EXIT,
  CN_FOLLOW_UP,
  CN_REPORTING,
  CN_WARNING_LEVELS,
} from "./cn-shared";
import { CN_SOURCES } from "./cn-sources";

/**
 * The K-12 roles that universities fill with other posts: 班主任 → 辅导员 (counsellor),
 * 年级组长 → 院系分管领导 (department head). Transitions, routing and visibility follow
 * the K-12 preset under these names.
 */
const UNIVERSITY_ROLE = { "class-teacher": "counsellor", "grade-head": "dept-head" } as const;

function renameRole(code: string): string {
  return (UNIVERSITY_ROLE as Record<string, string>)[code] ?? code;
}

const renameAll = (codes: string[]) => codes.map(renameRole);

const transitions: RegionProfileInput["transitions"] = CN_K12.transitions.map((t) => ({
  ...t,
  propose: renameAll(t.propose),
  approve: renameAll(t.approve),
}));

const routing: RegionProfileInput["routing"] = CN_K12.routing.map((rule) => ({
  ...rule,
  ...(rule.notify === undefined
    ? {}
    : { notify: rule.notify.map((n) => ({ ...n, role: renameRole(n.role) })) }),
}));

const k12Visibility = CN_K12.visibility;
const visibility: RegionProfileInput["visibility"] = {
  student: k12Visibility.student!,
  guardian: {
    ...k12Visibility.guardian!,
    basis: {
      sources: ["mental-health-law", "moe-2015-guide"],
      review: true,
      note: "Most students are adults: the guardian sees only what consent allows (consent bands); the matrix shows the most a guardian may see.",
    },
  },
  "psy-committee-member": k12Visibility["psy-committee-member"]!,
  "dorm-head": k12Visibility["psy-committee-member"]!,
  counsellor: k12Visibility["class-teacher"]!,
  "dept-head": k12Visibility["grade-head"]!,
  "psy-teacher": k12Visibility["psy-teacher"]!,
  "school-leader": k12Visibility["school-leader"]!,
};

/**
 * The `cn-university` preset: the four-tier network 宿舍 → 班级 → 院系 → 学校 of the
 * 2021 MOE notice and the Xiangxi opinion, with the province education authority above,
 * the same 黄/橙/红 levels as `cn-k12`, and counsellors (辅导员) where schools have
 * class teachers.
 */
export const CN_UNIVERSITY: RegionProfileInput = {
  id: "cn-university",
  version: "0.1.0",
  name: { en: "China, universities and colleges", "zh-CN": "中国高校" },
  description: {
    en: "Freshman and yearly census, dorm → class → department → school warning network, 黄/橙/红 levels.",
    "zh-CN": "新生及年度普查，宿舍—班级—院系—学校四级预警网络，黄/橙/红三级预警。",
  },
  sources: CN_SOURCES,
  warningLevels: CN_WARNING_LEVELS,
  orgTiers: [
    {
      code: "dorm",
      label: { en: "Dormitory", "zh-CN": "宿舍" },
      scope: "school",
      basis: { sources: ["moe-2021-notice", "xiangxi-2021"] },
    },
    {
      code: "class",
      label: { en: "Class", "zh-CN": "班级" },
      scope: "school",
      basis: { sources: ["moe-2021-notice", "xiangxi-2021"] },
    },
    {
      code: "department",
      label: { en: "Department", "zh-CN": "院系" },
      scope: "school",
      basis: { sources: ["moe-2021-notice", "xiangxi-2021"] },
    },
    {
      code: "school",
      label: { en: "University", "zh-CN": "学校" },
      scope: "school",
      basis: { sources: ["moe-2021-notice", "xiangxi-2021"] },
    },
    {
      code: "province",
      label: { en: "Province education authority", "zh-CN": "省级教育行政部门" },
      scope: "region",
      basis: {
        review: true,
        note: "Universities report to the province, not to a county; no role is given at this tier by default.",
      },
    },
  ],
  roles: [
    ...CN_K12.roles.filter((r) => ["student", "guardian", "psy-committee-member"].includes(r.code)),
    {
      code: "dorm-head",
      label: { en: "Dorm head", "zh-CN": "宿舍长" },
      kind: "peer",
      tier: "dorm",
      basis: { sources: ["moe-2021-notice"] },
    },
    {
      code: "counsellor",
      label: { en: "Counsellor", "zh-CN": "辅导员" },
      kind: "staff",
      tier: "department",
      basis: { sources: ["moe-2021-notice"] },
    },
    {
      code: "dept-head",
      label: { en: "Department head (student affairs)", "zh-CN": "院系分管学生工作负责人" },
      kind: "staff",
      tier: "department",
      basis: {
        sources: ["moe-2021-notice"],
        note: "Departments hold regular research meetings on students of concern.",
      },
    },
    {
      code: "psy-teacher",
      label: { en: "Counselling centre staff", "zh-CN": "心理健康教育与咨询中心专职教师" },
      kind: "staff",
      tier: "school",
      basis: { sources: ["xiangxi-2021", "univ-census-practice"] },
    },
    {
      code: "school-leader",
      label: { en: "University leader", "zh-CN": "学校分管领导" },
      kind: "staff",
      tier: "school",
      basis: { sources: ["xiangxi-2021"] },
    },
  ],
  routing,
  followUp: CN_FOLLOW_UP,
  exit: CN_EXIT,
  transitions,
  consent: [
    {
      minAge: 0,
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
        note: "Freshmen under 18: student and guardian, a conservative choice; the legal need is unverified.",
      },
    },
    CN_ADULT_CONSENT,
  ],
  visibility,
  reporting: CN_REPORTING,
};
