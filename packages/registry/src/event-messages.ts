/**
 * Messages of the codes an event can be refused with, per locale, in the format of
 * `REGISTRY_MESSAGES` (both locales hold the same keys; a test enforces it).
 */
export const EVENT_MESSAGES = {
  en: {
    "duplicate-event": 'Event "{id}" is already recorded with different content.',
    "wrong-student": 'Event "{id}" belongs to student "{other}", not "{studentId}".',
    "file-closed": "This student's file is closed ({closeReason}); it takes no more events.",
    "not-in-status": "A {type} event needs the file to be {expected}; it is {status}.",
    "propose-not-allowed":
      'Role "{role}" may not propose {from} → {to}; the profile names {allowed}.',
    "approval-missing": "{from} → {to} must be approved by one of {allowed}.",
    "approve-not-allowed":
      'Role "{role}" may not approve {from} → {to}; the profile names {allowed}.',
    "four-eyes": "{from} → {to} must be approved by someone other than the proposer.",
    "not-automatic": "The profile does not let the system make {from} → {to} by itself.",
    "evidence-missing": "{from} → {to} needs evidence of kind {evidence}: cite an earlier event.",
    "evidence-unknown": 'Evidence "{id}" is not an earlier event in this student\'s file.',
    "evidence-corrected": 'Evidence "{id}" was corrected and can no longer be cited.',
    "too-soon-to-lower":
      'Level "{level}" was set at {since}; it may not be lowered before {until}.',
    "exit-criterion-unmet": "Leaving the list needs {criterion}, which is not met yet.",
    "monitoring-not-over": "Light follow-up after the exit runs until {until}.",
  },
  "zh-CN": {
    "duplicate-event": "事件“{id}”已记录，且内容不同。",
    "wrong-student": "事件“{id}”属于学生“{other}”，而不是“{studentId}”。",
    "file-closed": "该生档案已结案（{closeReason}），不再接收新的记录。",
    "not-in-status": "{type} 事件要求档案处于 {expected} 状态；当前为 {status}。",
    "propose-not-allowed": "角色“{role}”不能提出 {from} → {to}；配置指定的是 {allowed}。",
    "approval-missing": "{from} → {to} 须由 {allowed} 之一审批。",
    "approve-not-allowed": "角色“{role}”不能审批 {from} → {to}；配置指定的是 {allowed}。",
    "four-eyes": "{from} → {to} 须由提出人以外的人审批。",
    "not-automatic": "配置不允许系统自行进行 {from} → {to}。",
    "evidence-missing": "{from} → {to} 需要 {evidence} 类依据：请引用此前的记录。",
    "evidence-unknown": "依据“{id}”不是该生档案中此前的记录。",
    "evidence-corrected": "依据“{id}”已被更正，不能再引用。",
    "too-soon-to-lower": "等级“{level}”设于 {since}；{until} 之前不得降级。",
    "exit-criterion-unmet": "解除预警需要满足“{criterion}”，目前尚未满足。",
    "monitoring-not-over": "解除后跟踪持续到 {until}。",
  },
} as const satisfies Record<string, Record<string, string>>;

/** Words event messages name, per locale. */
export const EVENT_TERMS = {
  en: { plan: "plan", referral: "referral", event: "event" },
  "zh-CN": { plan: "干预方案", referral: "转介", event: "记录" },
} as const satisfies Record<string, Record<string, string>>;
