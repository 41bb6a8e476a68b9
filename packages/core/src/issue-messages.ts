/**
 * Issue and engine-flag messages per locale. `{name}` is replaced by the issue's
 * params. Both locales hold the same keys (a type test enforces it).
 */
export const ISSUE_MESSAGES = {
  en: {
    // structure (from the schema)
    "invalid-type": "Expected {expected}.",
    "invalid-value": "Not an allowed value; expected one of: {values}.",
    "invalid-format": "Wrong format: {detail}.",
    "invalid-union": "Matches none of the allowed shapes.",
    "too-small": "Too small: at least {limit}.",
    "too-big": "Too big: at most {limit}.",
    "unknown-key": "Unknown property: {keys}.",
    "empty-text": "Needs text in at least one locale.",
    "invalid-identifier": "An id must start with a letter and hold only letters, digits and _.",
    "invalid-scale-id": "A scale id must be lower-case letters and digits, words joined by -.",
    "invalid-version": "The version must be a semver version such as 1.0.0.",
    "licence-missing": "The licence needs an SPDX id or a licence text.",
    "norm-incomplete": "A norm entry needs mean and sd together, or a lookup.",
    // references and ids
    "duplicate-id": 'The id "{id}" is used more than once.',
    "unknown-reference": 'Unknown {kind} "{id}".',
    "duplicate-option": "The value {value} appears twice in this response set.",
    "score-cycle": "Scores depend on each other in a cycle: {ids}.",
    "min-answered-too-large":
      "minAnswered ({minAnswered}) is larger than the number of items ({count}).",
    "text-not-embeddable":
      "The licence does not allow embedding item text, but this item has text.",
    // scoring rules
    "reverse-without-bounds":
      'Item "{item}" is reverse-keyed but its response set has no min and max.',
    "formula-syntax": "The formula cannot be read: {detail}.",
    "formula-function": 'The formula uses "{name}", which is not allowed; allowed: {allowed}.',
    "formula-construct": "The formula uses {construct}, which is not allowed.",
    "formula-unknown-name": 'The formula uses "{name}", which is neither a score nor an item.',
    "range-invalid": "The range is empty: min {min} is above max {max}.",
    // bands
    "band-order": "Bands must ascend: this band starts at {min}, below the previous band.",
    "band-empty": "The band is empty: min {min} is above max {max}.",
    "band-gap": "There is a gap between {from} and {to}: no band covers it.",
    "band-overlap": "This band overlaps the previous one between {from} and {to}.",
    "band-out-of-range":
      "The band reaches {value}, outside the score's possible range {min}–{max}.",
    "band-step-unknown":
      "The score's values are not on a known grid, so bands cannot be checked: give the score a rounding rule.",
    // flags
    "flag-never-fires":
      "This flag's condition can never be true: {subject} {op} {value} is impossible, as its values lie in {min}–{max}.",
    "safety-flag-uses-score":
      'A {kind} flag must be decided by items alone, so that missing data can never hide it; it uses the score "{score}".',
    "asked-when-uses-score":
      'askedWhen must use items alone, so that a missing score never excuses an unanswered safety question; it uses the score "{score}".',
    // norms
    "norm-lookup-overlap": "Lookup rows overlap at {value}.",
    // responses
    "answers-not-object": "The answers must be an object that maps item ids to numbers.",
    "unknown-item": 'The answer "{item}" is not an item of this scale.',
    "not-a-number": 'The answer to "{item}" is not a number: {value}.',
    "string-value":
      'The answer to "{item}" was text ("{value}") and was read as the number {number}.',
    "out-of-range": 'The answer {value} to "{item}" is not one of its allowed values.',
    "norm-not-found": "No norm table fits this respondent's group.",
    "fixture-failed": "Fixture case failed: {detail}.",
    // content packs
    "content-pack-scale": 'This content pack is for the scale "{pack}", not "{scale}".',
    "content-pack-version":
      "This content pack is for version {pack} of the scale; the definition is version {scale}.",
    "content-locale-undeclared":
      'Text in the locale "{locale}", which the pack does not list in its locales.',
    "content-missing-text": 'No text for "{id}" in the locale "{locale}".',
    "content-markup": "The text contains markup ({found}); content packs hold plain text only.",
    "content-unknown-option": 'The response set "{set}" has no option with the value {value}.',
    // engine flags
    "engine-flag-incomplete":
      "Some scores could not be computed because answers are missing: {scores}.",
    "engine-flag-critical-item-unanswered":
      "A safety question was not answered ({items}): ask about it in person.",
  },
  "zh-CN": {
    "invalid-type": "类型错误，应为 {expected}。",
    "invalid-value": "不是允许的取值；应为以下之一：{values}。",
    "invalid-format": "格式错误：{detail}。",
    "invalid-union": "不符合任何一种允许的结构。",
    "too-small": "过小：至少为 {limit}。",
    "too-big": "过大：至多为 {limit}。",
    "unknown-key": "未知属性：{keys}。",
    "empty-text": "至少需要一种语言的文本。",
    "invalid-identifier": "标识须以字母开头，只能包含字母、数字和下划线。",
    "invalid-scale-id": "量表标识须为小写字母和数字，单词之间用 - 连接。",
    "invalid-version": "版本须为语义化版本号，如 1.0.0。",
    "licence-missing": "许可信息需要 SPDX 标识或许可文本。",
    "norm-incomplete": "常模条目需要同时给出平均数和标准差，或给出对照表。",
    "duplicate-id": "标识“{id}”重复使用。",
    "unknown-reference": "未知的{kind}“{id}”。",
    "duplicate-option": "该选项集中取值 {value} 出现了两次。",
    "score-cycle": "分数之间存在循环依赖：{ids}。",
    "min-answered-too-large": "最少作答题数（{minAnswered}）大于题目数（{count}）。",
    "text-not-embeddable": "许可不允许内嵌题目文本，但该题目含有文本。",
    "reverse-without-bounds": "题目“{item}”为反向计分，但其选项集没有最小值和最大值。",
    "formula-syntax": "无法解析公式：{detail}。",
    "formula-function": "公式使用了不允许的“{name}”；允许的函数：{allowed}。",
    "formula-construct": "公式使用了不允许的结构：{construct}。",
    "formula-unknown-name": "公式中的“{name}”既不是分数也不是题目。",
    "range-invalid": "取值范围为空：最小值 {min} 大于最大值 {max}。",
    "band-order": "分级须按升序排列：该分级起点 {min} 低于上一分级。",
    "band-empty": "该分级为空：最小值 {min} 大于最大值 {max}。",
    "band-gap": "{from} 与 {to} 之间存在空档，没有分级覆盖。",
    "band-overlap": "该分级与上一分级在 {from} 到 {to} 之间重叠。",
    "band-out-of-range": "该分级到达 {value}，超出分数可能的范围 {min}–{max}。",
    "band-step-unknown": "分数取值的精度未知，无法检查分级：请为该分数设定取整规则。",
    "flag-never-fires":
      "该标记的条件永远不会成立：{subject} {op} {value} 不可能出现，其取值范围为 {min}–{max}。",
    "safety-flag-uses-score":
      "{kind} 类标记必须仅由题目作答决定，以免缺失数据掩盖它；该标记使用了分数“{score}”。",
    "asked-when-uses-score":
      "askedWhen 只能使用题目作答，以免分数缺失使未作答的安全问题被放过；这里使用了分数“{score}”。",
    "norm-lookup-overlap": "对照表的行在 {value} 处重叠。",
    "answers-not-object": "作答必须是以题目标识为键、数字为值的对象。",
    "unknown-item": "作答“{item}”不是本量表的题目。",
    "not-a-number": "题目“{item}”的作答不是数字：{value}。",
    "string-value": "题目“{item}”的作答是文本（“{value}”），已按数字 {number} 读取。",
    "out-of-range": "题目“{item}”的作答 {value} 不是允许的取值。",
    "norm-not-found": "没有适用于该作答者群体的常模表。",
    "fixture-failed": "测试用例未通过：{detail}。",
    "content-pack-scale": "该内容包属于量表“{pack}”，而不是“{scale}”。",
    "content-pack-version": "该内容包对应量表版本 {pack}；当前定义的版本为 {scale}。",
    "content-locale-undeclared": "含有语言“{locale}”的文本，但内容包的语言列表中没有它。",
    "content-missing-text": "“{id}”缺少语言“{locale}”的文本。",
    "content-markup": "文本中含有标记（{found}）；内容包只能包含纯文本。",
    "content-unknown-option": "选项集“{set}”中没有取值为 {value} 的选项。",
    "engine-flag-incomplete": "因作答缺失，部分分数无法计算：{scores}。",
    "engine-flag-critical-item-unanswered": "有安全相关题目未作答（{items}）：请当面询问。",
  },
} as const satisfies Record<string, Record<string, string>>;

/** Words that issue params name (the `kind` param), per locale. */
export const TERMS = {
  en: {
    item: "item",
    score: "score",
    "response set": "response set",
    critical: "critical",
    acute: "acute",
  },
  "zh-CN": {
    item: "题目",
    score: "分数",
    "response set": "选项集",
    critical: "危急",
    acute: "急性",
  },
} as const satisfies Record<string, Record<string, string>>;
