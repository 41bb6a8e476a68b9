import { CENSUS_MESSAGES, CENSUS_TERMS } from "./census-messages";

/**
 * Messages of the registry's own issue codes per locale. `{name}` is replaced by the
 * issue's params. Both locales hold the same keys (a test enforces it). Structural codes
 * shared with scale validation (`invalid-type`, `too-small` …) take core's messages.
 */
export const REGISTRY_MESSAGES = {
  en: {
    // formats
    "invalid-code": "A code must be lower-case letters and digits, words joined by -.",
    "invalid-colour": "A colour must be written #rrggbb.",
    "basis-empty": "A basis needs sources, review: true, or the profile that set it.",
    "role-needs-tier": "A staff or peer role needs the tier it sits at.",
    "plan-deadline-missing": "A level that requires a plan needs planWithinDays.",
    // ids and references
    "duplicate-code": 'The {kind} "{code}" is defined more than once.',
    "duplicate-rank": 'Levels "{levels}" share the severity rank {rank}: each rank must be unique.',
    "duplicate-rule": 'There is more than one {kind} for "{key}".',
    "unknown-reference": 'Unknown {kind} "{id}".',
    // warning levels
    "status-order":
      'Level "{level}" ranks above "{other}" but places the student in a less serious status ({status} below {otherStatus}).',
    "top-level-not-crisis":
      'The top level "{level}" must place the student in the crisis status, not {status}.',
    // routing
    "flag-unrouted":
      "Flags of kind {flag} have no routing rule: nothing would happen when one is raised.",
    "safety-flag-no-provisional-level":
      "Flags of kind {flag} must open a provisional level at once, pending a same-day review.",
    "provisional-not-top": 'Flags of kind {flag} must open the top level "{top}", not "{level}".',
    "safety-deadline-too-long":
      "Flags of kind {flag} must be reviewed the same day: within {limit} hours, not {hours}.",
    "provisional-not-allowed":
      "Only critical and acute flags open a level at once; flags of kind {flag} wait for a person's decision.",
    "role-not-staff": 'Only staff roles can {task}; "{role}" is a {roleKind} role.',
    "role-tier-mismatch": 'Role "{role}" sits at tier "{roleTier}", not "{tier}".',
    // follow-up and transitions
    "follow-up-missing": 'Warning level "{level}" has no follow-up rule.',
    "transition-missing": "Nobody is named to propose the transition {from} → {to}.",
    "transition-illegal": "The registry has no transition {from} → {to}.",
    "four-eyes-without-approver":
      "The approver must differ from the proposer, but no approving role is named.",
    "crisis-exit-four-eyes":
      "Leaving crisis ({from} → {to}) needs an approving role and an approver distinct from the proposer.",
    "provisional-needs-automatic":
      "Flags open a provisional level, so the transition * → crisis must be allowed to happen automatically.",
    // consent
    "age-band-gap": "No consent band covers ages {from} to {to}.",
    "age-band-overlap": "Consent bands overlap between ages {from} and {to}.",
    // visibility
    "visibility-missing": 'Role "{role}" has no row in the visibility matrix.',
    "visibility-too-broad":
      'A {roleKind} role may see at most {allowed} of {category}; "{role}" is given {access}.',
    // inheritance
    "unknown-parent": 'The parent profile "{id}" is not among the profiles given.',
    "extends-cycle": "Profiles extend each other in a cycle: {ids}.",
    "unresolved-extends":
      'This profile extends "{id}": resolve it with resolveProfile before validating it.',
    ...CENSUS_MESSAGES.en,
  },
  "zh-CN": {
    "invalid-code": "代码须为小写字母和数字，单词之间用 - 连接。",
    "invalid-colour": "颜色须写作 #rrggbb。",
    "basis-empty": "依据须给出来源、review: true 或设定该值的配置。",
    "role-needs-tier": "教职工或学生干部角色须注明所在层级。",
    "plan-deadline-missing": "要求制定方案（一人一案）的等级须给出 planWithinDays。",
    "duplicate-code": "{kind}“{code}”被定义了不止一次。",
    "duplicate-rank": "等级“{levels}”的严重程度序号都是 {rank}：每个序号只能用一次。",
    "duplicate-rule": "“{key}”有不止一条{kind}。",
    "unknown-reference": "未知的{kind}“{id}”。",
    "status-order":
      "等级“{level}”比“{other}”更严重，但对应的档案状态更轻（{status} 低于 {otherStatus}）。",
    "top-level-not-crisis": "最高等级“{level}”须对应危机状态，而不是 {status}。",
    "flag-unrouted": "{flag}标记没有分派规则：出现该标记时将无人处理。",
    "safety-flag-no-provisional-level": "{flag}标记须立即开启临时预警等级，并在当天复核。",
    "provisional-not-top": "{flag}标记须开启最高等级“{top}”，而不是“{level}”。",
    "safety-deadline-too-long": "{flag}标记须当天复核：至多 {limit} 小时，而不是 {hours} 小时。",
    "provisional-not-allowed": "只有危急和急性标记会立即开启预警等级；{flag}标记须由人作出判断。",
    "role-not-staff": "只有教职工角色可以{task}；“{role}”是{roleKind}角色。",
    "role-tier-mismatch": "角色“{role}”位于层级“{roleTier}”，而不是“{tier}”。",
    "follow-up-missing": "预警等级“{level}”没有随访规则。",
    "transition-missing": "没有指定谁可以提出状态转换 {from} → {to}。",
    "transition-illegal": "档案没有 {from} → {to} 这一状态转换。",
    "four-eyes-without-approver": "审批人须与提出人不同，但没有指定审批角色。",
    "crisis-exit-four-eyes": "解除危机（{from} → {to}）须指定审批角色，且审批人须与提出人不同。",
    "provisional-needs-automatic":
      "有筛查标记会开启临时等级，因此 * → crisis 这一转换须允许由系统自动进行。",
    "age-band-gap": "{from} 至 {to} 岁不在任何知情同意年龄段内。",
    "age-band-overlap": "知情同意年龄段在 {from} 至 {to} 岁之间重叠。",
    "visibility-missing": "角色“{role}”在可见性矩阵中没有对应的行。",
    "visibility-too-broad":
      "{roleKind}角色对{category}至多可见 {allowed}；“{role}”被设为 {access}。",
    "unknown-parent": "所给配置中没有上级配置“{id}”。",
    "extends-cycle": "配置之间循环继承：{ids}。",
    "unresolved-extends": "该配置继承自“{id}”：请先用 resolveProfile 合并，再校验。",
    ...CENSUS_MESSAGES["zh-CN"],
  },
} as const satisfies Record<string, Record<string, string>>;

/**
 * Words the messages name (`kind`, `flag`, `roleKind`, `category`, `task`), per locale.
 */
export const REGISTRY_TERMS = {
  en: {
    "warning level": "warning level",
    "org tier": "org tier",
    role: "role",
    source: "source",
    "routing rule": "routing rule",
    "follow-up rule": "follow-up rule",
    "transition rule": "transition rule",
    negative: "negative",
    attention: "attention",
    positive: "positive",
    critical: "critical",
    acute: "acute",
    invalid: "invalid",
    incomplete: "incomplete",
    student: "student",
    guardian: "guardian",
    peer: "peer",
    staff: "staff",
    "region-staff": "region-level staff",
    "census-participation": "census participation",
    "answers-and-scores": "answers and scores",
    "screen-flag": "screen flags",
    "warning-level": "warning levels",
    "session-notes": "interview and session notes",
    plan: "intervention plans",
    "family-flags": "family situation",
    "medical-documents": "medical documents",
    "own flags": "own flags",
    "propose or approve a transition": "propose or approve a transition",
    ...CENSUS_TERMS.en,
  },
  "zh-CN": {
    "warning level": "预警等级",
    "org tier": "预警网络层级",
    role: "角色",
    source: "来源",
    "routing rule": "分派规则",
    "follow-up rule": "随访规则",
    "transition rule": "状态转换规则",
    negative: "阴性",
    attention: "关注",
    positive: "阳性",
    critical: "危急",
    acute: "急性",
    invalid: "无效",
    incomplete: "未完成",
    student: "学生",
    guardian: "监护人",
    peer: "学生干部（同伴）",
    staff: "教职工",
    "region-staff": "区域层级教职工",
    "census-participation": "普查参与情况",
    "answers-and-scores": "作答与分数",
    "screen-flag": "筛查标记",
    "warning-level": "预警等级",
    "session-notes": "访谈与辅导记录",
    plan: "干预方案",
    "family-flags": "家庭情况",
    "medical-documents": "医疗文书",
    "own flags": "负责筛查标记",
    "propose or approve a transition": "提出或审批状态转换",
    ...CENSUS_TERMS["zh-CN"],
  },
} as const satisfies Record<string, Record<string, string>>;
