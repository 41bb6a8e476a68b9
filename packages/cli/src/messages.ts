import type { Locale } from "@psyscreen/core";

/** What the command says to people, per locale. `{name}` is filled from params. */
export const MESSAGES = {
  en: {
    "scale-not-found": 'No scale "{scale}": give a scale id ({ids}) or the path of a scale.json.',
    "scale-invalid": "{file} is not a valid scale definition:",
    "file-unreadable": "Cannot read {file}: {reason}",
    "json-invalid": "{file} is not JSON: {reason}",
    "validate-ok": "ok     {file} ({id} {version}){fixtures}",
    "validate-fixtures": ", {passed}/{total} fixtures pass",
    "validate-failed": "FAIL   {file}",
    "validate-fixture-failed": "  fixture {name}: {detail}",
    "validate-nothing": "No scale.json found in {path}.",
    "validate-summary": "{valid} valid, {invalid} invalid",
    "score-summary": "rows scored: {scored}, rejected: {rejected}{rejects}",
    "score-rejects-file": " (see {file})",
    "reject-columns": "has {got} fields; the header has {want}",
    "reject-no-id": "has no value in the id column {column}",
    "header-no-items":
      "None of the columns is an item of {scale}: map columns with --map column=itemId.",
    "header-unknown-column": "The id column {column} is not in the header.",
    "map-invalid": "--map expects column=itemId, got {value}",
    "map-unknown-item": "--map names {item}, which is not an item of {scale}",
    "reliability-unknown-score": "{scale} has no sum or mean score {score}.",
    "reliability-summary":
      "{score} ({name}): α {alpha} [{lower}, {upper}] (Feldt 95%), standardized α {standardized}, mean r {r}, n {n} ({excluded} incomplete left out)",
    "reliability-header": "  item            mean     sd  r.drop  α if deleted",
    "norms-bad-field": "--by {field} is not a norm-group field; use: {fields}.",
    "norms-too-small": "group {group}: n = {n}, below --min-n {min}; no norm table written for it.",
    "norms-summary": "norm tables written: {tables}; groups refused: {refused}",
    "duckdb-missing":
      "--engine duckdb needs the optional package @duckdb/node-api: npm install @duckdb/node-api@1.5.6-r.1",
    "duckdb-failed": "DuckDB could not score the input: {reason}",
    bug: "psyscreen {version} on Node {node} hit a bug. Please report it with the command you ran:",
  },
  "zh-CN": {
    "scale-not-found": "找不到量表“{scale}”：请给出量表标识（{ids}）或 scale.json 的路径。",
    "scale-invalid": "{file} 不是有效的量表定义：",
    "file-unreadable": "无法读取 {file}：{reason}",
    "json-invalid": "{file} 不是 JSON：{reason}",
    "validate-ok": "通过   {file}（{id} {version}）{fixtures}",
    "validate-fixtures": "，测试用例 {passed}/{total} 通过",
    "validate-failed": "未通过 {file}",
    "validate-fixture-failed": "  测试用例 {name}：{detail}",
    "validate-nothing": "{path} 中没有 scale.json。",
    "validate-summary": "{valid} 个有效，{invalid} 个无效",
    "score-summary": "已计分 {scored} 行，拒收 {rejected} 行{rejects}",
    "score-rejects-file": "（见 {file}）",
    "reject-columns": "有 {got} 个字段；表头有 {want} 个",
    "reject-no-id": "标识列 {column} 没有值",
    "header-no-items": "没有任何列是 {scale} 的题目：请用 --map 列名=题目标识 对应列。",
    "header-unknown-column": "表头中没有标识列 {column}。",
    "map-invalid": "--map 的格式应为 列名=题目标识，收到 {value}",
    "map-unknown-item": "--map 指定的 {item} 不是 {scale} 的题目",
    "reliability-unknown-score": "{scale} 没有名为 {score} 的求和或平均分。",
    "reliability-summary":
      "{score}（{name}）：α {alpha} [{lower}, {upper}]（Feldt 95% 置信区间），标准化 α {standardized}，平均题间相关 {r}，n {n}（{excluded} 份不完整问卷未计入）",
    "reliability-header": "  题目            平均     标准差  校正题总相关  删除该题后 α",
    "norms-bad-field": "--by {field} 不是常模分组字段；可用：{fields}。",
    "norms-too-small": "分组 {group}：n = {n}，低于 --min-n {min}；未为其生成常模表。",
    "norms-summary": "已生成常模表 {tables} 张；拒绝的分组 {refused} 个",
    "duckdb-missing":
      "--engine duckdb 需要可选依赖 @duckdb/node-api：npm install @duckdb/node-api@1.5.6-r.1",
    "duckdb-failed": "DuckDB 无法对输入计分：{reason}",
    bug: "psyscreen {version}（Node {node}）遇到了程序错误。请连同所运行的命令一起报告：",
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** A message key. */
export type MessageKey = keyof (typeof MESSAGES)["en"];

/** Renders a message in a locale. */
export function say(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return MESSAGES[locale][key].replace(/\{(\w+)\}/g, (_, k: string) =>
    String(params[k] ?? `{${k}}`),
  );
}
