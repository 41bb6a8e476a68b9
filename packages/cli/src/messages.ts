import { fillTemplate, type Locale } from "@psyscreen/core";

/** What the command says to people, per locale. `{name}` is filled from params. */
export const MESSAGES = {
  en: {
    "scale-not-found": 'No scale "{scale}": give a scale id ({ids}) or the path of a scale.json.',
    "scale-invalid": "{file} is not a valid scale definition:",
    "file-unreadable": "Cannot read {file}: {reason}",
    "file-error": "Cannot use {file}: {reason}",
    "json-invalid": "{file} is not JSON: {reason}",
    "validate-ok": "ok     {file} ({id} {version}){fixtures}",
    "validate-fixtures": ", {passed}/{total} fixtures pass",
    "validate-failed": "FAIL   {file}",
    "validate-fixture-failed": "  fixture {name}: {detail}",
    "validate-nothing": "No scale.json found in {path}.",
    "validate-summary": "{valid} valid, {invalid} invalid",
    "score-summary":
      "rows scored: {scored} ({invalid} with invalid answers), rejected: {rejected}{rejects}",
    "score-rejects-file": " (see {file})",
    "reject-columns": "has {got} fields; the header has {want}",
    "reject-no-id": "has no value in the id column {column}",
    "header-no-items":
      "{file}:1: none of the columns is an item of {scale}: map columns with --map column=itemId.",
    "header-unknown-column": "{file}:1: the column {column} is not in the header.",
    "header-duplicate":
      "{file}:1: the column {column} appears twice (columns {first} and {second}).",
    "header-item-twice":
      "{file}:1: item {item} is read from two columns, {first} and {second}; keep one.",
    "header-unused":
      "{file}:1: columns not used: {columns} (not items of {scale}; map one with --map column=itemId).",
    "header-items-absent": "{file}:1: no column for {items}; their answers count as missing.",
    "map-unknown-column": "{file}:1: --map names the column {column}, which is not in the header.",
    "xlsx-needs-out": "--format xlsx writes a file: give it with --out results.xlsx.",
    "xlsx-invalid": "{file} is not a readable XLSX workbook: {reason}",
    "xlsx-no-sheet": "{file} has no sheet {sheet}; its sheets: {sheets}.",
    "file-empty": "{file} is empty: expected a header row with the column names.",
    "file-no-rows": "{file} has a header but no rows.",
    "reject-not-object": "not a JSON object",
    "reject-text-after-quote": "text after the closing quote of a field",
    "reject-unclosed-quote":
      "a quote opened here is never closed (lines up to {last} were read into this field)",
    "reject-duplicate-id": "the id {id} is already on line {first}",
    "problems-more": "… and {count} more",
    "rows-rejected": "{file}: rows rejected and left out: {rejected}",
    "reliability-too-few":
      "{score}: {n} complete respondents; the analysis needs at least 2 (and 2 items).",
    "encoding-unknown": "Unknown encoding {encoding}: use utf-8, gbk, gb18030 or utf-16le.",
    "encoding-bom": "{file}: read as {encoding} (byte-order mark).",
    "encoding-detected":
      "{file}: not valid UTF-8, read as {encoding} (GBK); choose another with --encoding.",
    "encoding-invalid-utf8":
      "{file}:{line}: not valid UTF-8; a file saved by Excel on Chinese Windows is usually GBK: add --encoding gbk.",
    "encoding-invalid": "{file}:{line}: not valid {encoding}; check --encoding.",
    "map-invalid": "--map expects column=itemId, got {value}",
    "map-unknown-item": "--map names {item}, which is not an item of {scale}",
    "reliability-unknown-score": "{scale} has no sum or mean score {score}.",
    "reliability-summary":
      "{score} ({name}): α {alpha} [{lower}, {upper}] (Feldt 95%), standardized α {standardized}, ω total {omega}, mean r {r}, n {n} ({excluded} incomplete left out)",
    "reliability-header":
      "  item            mean     sd  r.drop  α if deleted  loading  (answer frequencies →)",
    "norms-bad-field": "{option} {field} is not a norm-group field; use: {fields}.",
    "norms-too-small": "group {group}: n = {n}, below --min-n {min}; no norm table written for it.",
    "norms-summary":
      "norm tables written: {tables}; groups refused: {refused}; rows without a readable group: {ungrouped}",
    "duckdb-missing":
      "--engine duckdb needs the optional package @duckdb/node-api: npm install @duckdb/node-api@1.5.6-r.1",
    "duckdb-failed": "DuckDB could not score the input: {reason}",
    "duckdb-unsupported":
      "--engine duckdb reads UTF-8 CSV or Parquet and writes CSV; it does not take {options} (use the default engine).",
    "not-a-count": "a whole number above 0",
    "census-imported":
      "Imported into the registry {file}: {added} events added, {skipped} already there.",
    "sql-outputs-unknown": "--outputs: {ids} is not a score or flag of {scale}. Known: {known}.",
    "sqlite-missing":
      "--registry needs the optional package better-sqlite3: npm install better-sqlite3@12.11.1",
    "sheet-scale-unknown":
      "{file}:1: the item columns fit {fits} of the campaign's scales ({scales}); a sheet file holds one scale.",
    "census-invalid": "The census input does not fit: {issues} issues (the first are above).",
    "census-summary":
      "{term}: {screened} of {enrolled} screened ({coverage}); follow-up list: {followUp} students, {safety} with a critical or acute flag.",
    "profile-invalid":
      "{file} is not a valid region profile: {issues} issues, the first at {first}",
    "registry-missing":
      "No registry {file}: create it with psyscreen census run … --registry {file}, or check the path.",
    "role-unknown": 'No role "{role}" in the profile {profile}; its roles: {roles}.',
    "student-unknown":
      'No file for student "{student}" in {file}: the registry holds no event of that id.',
    "student-not-in-unit": 'Student "{student}" is not in the unit "{unit}" of {file}.',
    "unit-needs-roster": "--unit needs --roster, the roster that places students in units.",
    "unit-unknown": 'No student of {file} is in the unit "{unit}".',
    "time-invalid": "{option} expects an ISO 8601 date or time, got {value}.",
    "month-invalid": "--month expects a month as YYYY-MM, got {value}.",
    "export-needs-key":
      "A pseudonymised export needs a key: --key-file <file> or the environment variable PSYSCREEN_EXPORT_KEY (a secret of at least 32 characters); --identified exports in clear.",
    "export-key-short":
      "The export key from {source} is too short: it needs at least 32 characters.",
    "export-key-and-identified": "--identified exports in clear: give it without a key.",
    "export-written":
      "Exported {events} events of {students} students ({mode}, free text {text}) to {file}.",
    "export-pseudonymised": "pseudonymised",
    "export-identified": "identified",
    "export-text-kept": "kept",
    "export-text-withheld": "withheld",
    "linkage-written":
      "The linkage table (pseudonym → student id) is in {file}: keep it apart from the export.",
    "census-report-invalid":
      "{file} is not a census report as psyscreen census run --out writes it (format psyscreen-census-report, version 1).",
    "event-not-json": "{file}:{line}: not a JSON event: {reason}",
    "events-refused": "{file}: {issues} issues; nothing was written (the first are above).",
    "events-added": "Added to the registry {file}: {added} events, {skipped} already there.",
    "show-title": "Student {student}, as {role} sees the file",
    "show-nothing": "This role sees nothing of this student's file.",
    "show-level": "Level: {level}",
    "show-provisional": "provisional, awaiting a same-day review",
    "show-status": "Status: {status}",
    "show-referred": "referred",
    "show-follow-up": "follow up every {days} days",
    "show-needs-talk": "{message}: by {due} ({owner})",
    "show-flags": "Open flags: {flags}",
    "show-results": "Census results:",
    "show-plan": "Plan: review on {review}; goals: {goals}",
    "show-measures": "Measures for this role: {measures}",
    "show-history": "History:",
    "show-family": "Family contacts: {count}, the last {last}",
    "show-overdue": "Overdue:",
    "view-title": "{role}: {students} students on this role's list",
    "view-counts": "Counts (a dash: fewer than {min}, suppressed): {counts}",
    "demo-kind-k12": "K-12",
    "demo-kind-university": "university",
    "demo-data-written":
      "Wrote a synthetic {kind} school ({students} students, term {term}, seed {seed}) to {dir}: {files}. Every id and answer is made up.",
    bug: "psyscreen {version} on Node {node} hit a bug. Please report it with the command you ran:",
  },
  "zh-CN": {
    "scale-not-found": "找不到量表“{scale}”：请给出量表标识（{ids}）或 scale.json 的路径。",
    "scale-invalid": "{file} 不是有效的量表定义：",
    "file-unreadable": "无法读取 {file}：{reason}",
    "file-error": "无法使用 {file}：{reason}",
    "json-invalid": "{file} 不是 JSON：{reason}",
    "validate-ok": "通过   {file}（{id} {version}）{fixtures}",
    "validate-fixtures": "，测试用例 {passed}/{total} 通过",
    "validate-failed": "未通过 {file}",
    "validate-fixture-failed": "  测试用例 {name}：{detail}",
    "validate-nothing": "{path} 中没有 scale.json。",
    "validate-summary": "{valid} 个有效，{invalid} 个无效",
    "score-summary":
      "已计分 {scored} 行（其中 {invalid} 行有无效作答），拒收 {rejected} 行{rejects}",
    "score-rejects-file": "（见 {file}）",
    "reject-columns": "有 {got} 个字段；表头有 {want} 个",
    "reject-no-id": "标识列 {column} 没有值",
    "header-no-items": "{file}:1：没有任何列是 {scale} 的题目：请用 --map 列名=题目标识 对应列。",
    "header-unknown-column": "{file}:1：表头中没有列 {column}。",
    "header-duplicate": "{file}:1：列 {column} 出现了两次（第 {first} 列和第 {second} 列）。",
    "header-item-twice": "{file}:1：题目 {item} 同时来自 {first} 和 {second} 两列；请只保留一列。",
    "header-unused":
      "{file}:1：未使用的列：{columns}（不是 {scale} 的题目；可用 --map 列名=题目标识 对应）。",
    "header-items-absent": "{file}:1：没有 {items} 的列；这些题目按缺失处理。",
    "map-unknown-column": "{file}:1：--map 指定的列 {column} 不在表头中。",
    "xlsx-needs-out": "--format xlsx 输出为文件：请用 --out results.xlsx 指定。",
    "xlsx-invalid": "{file} 不是可读取的 XLSX 工作簿：{reason}",
    "xlsx-no-sheet": "{file} 中没有工作表 {sheet}；现有工作表：{sheets}。",
    "file-empty": "{file} 是空文件：第一行应为列名。",
    "file-no-rows": "{file} 只有表头，没有数据行。",
    "reject-not-object": "不是 JSON 对象",
    "reject-text-after-quote": "字段的右引号后还有文字",
    "reject-unclosed-quote": "此处的引号没有闭合（直到第 {last} 行的内容都被读入了该字段）",
    "reject-duplicate-id": "标识 {id} 已出现在第 {first} 行",
    "problems-more": "……另有 {count} 条",
    "rows-rejected": "{file}：拒收并未计入的行：{rejected}",
    "reliability-too-few": "{score}：完整作答者 {n} 人；分析至少需要 2 人（以及 2 道题）。",
    "encoding-unknown": "未知编码 {encoding}：可用 utf-8、gbk、gb18030 或 utf-16le。",
    "encoding-bom": "{file}：按 {encoding} 读取（字节顺序标记）。",
    "encoding-detected":
      "{file}：不是有效的 UTF-8，已按 {encoding}（GBK）读取；可用 --encoding 指定其他编码。",
    "encoding-invalid-utf8":
      "{file}:{line}：不是有效的 UTF-8；中文 Windows 上 Excel 保存的文件通常是 GBK：请加 --encoding gbk。",
    "encoding-invalid": "{file}:{line}：不是有效的 {encoding} 编码；请检查 --encoding。",
    "map-invalid": "--map 的格式应为 列名=题目标识，收到 {value}",
    "map-unknown-item": "--map 指定的 {item} 不是 {scale} 的题目",
    "reliability-unknown-score": "{scale} 没有名为 {score} 的求和或平均分。",
    "reliability-summary":
      "{score}（{name}）：α {alpha} [{lower}, {upper}]（Feldt 95% 置信区间），标准化 α {standardized}，ω 总系数 {omega}，平均题间相关 {r}，n {n}（{excluded} 份不完整问卷未计入）",
    "reliability-header":
      "  题目            平均     标准差  校正题总相关  删除该题后 α  因子载荷  （各选项作答比例 →）",
    "norms-bad-field": "{option} {field} 不是常模分组字段；可用：{fields}。",
    "norms-too-small": "分组 {group}：n = {n}，低于 --min-n {min}；未为其生成常模表。",
    "norms-summary":
      "已生成常模表 {tables} 张；拒绝的分组 {refused} 个；分组信息缺失或无法识别的行 {ungrouped} 行",
    "duckdb-missing":
      "--engine duckdb 需要可选依赖 @duckdb/node-api：npm install @duckdb/node-api@1.5.6-r.1",
    "duckdb-failed": "DuckDB 无法对输入计分：{reason}",
    "duckdb-unsupported":
      "--engine duckdb 只读取 UTF-8 CSV 或 Parquet 并输出 CSV，不支持 {options}（请使用默认引擎）。",
    "not-a-count": "须为大于 0 的整数",
    "census-imported": "已导入档案库 {file}：新增 {added} 条事件，{skipped} 条已存在。",
    "sql-outputs-unknown": "--outputs：{ids} 不是 {scale} 的得分或标记。可用：{known}。",
    "sqlite-missing": "--registry 需要可选依赖 better-sqlite3：npm install better-sqlite3@12.11.1",
    "sheet-scale-unknown":
      "{file}:1：表头的条目列与本次普查的 {fits} 个量表相符（{scales}）；每个作答文件只能包含一个量表。",
    "census-invalid": "普查输入不符合要求：共 {issues} 个问题（前几个见上方）。",
    "census-summary":
      "{term}：应测 {enrolled} 人，已测 {screened} 人（{coverage}）；跟进名单 {followUp} 人，其中 {safety} 人有危机或紧急标记。",
    "profile-invalid": "{file} 不是有效的地区配置：共 {issues} 个问题，第一个在 {first}",
    "registry-missing":
      "没有档案库 {file}：请先用 psyscreen census run … --registry {file} 创建，或检查路径。",
    "role-unknown": "配置 {profile} 中没有角色“{role}”；可用角色：{roles}。",
    "student-unknown": "{file} 中没有学生“{student}”的档案：档案库里没有该编号的事件。",
    "student-not-in-unit": "学生“{student}”不在 {file} 的单位“{unit}”中。",
    "unit-needs-roster": "--unit 需要 --roster，即标明学生所在单位的名册。",
    "unit-unknown": "{file} 中没有学生属于单位“{unit}”。",
    "time-invalid": "{option} 应为 ISO 8601 日期或时间，收到 {value}。",
    "month-invalid": "--month 应为 YYYY-MM 格式的月份，收到 {value}。",
    "export-needs-key":
      "假名化导出需要密钥：--key-file <文件> 或环境变量 PSYSCREEN_EXPORT_KEY（至少 32 个字符的密钥）；--identified 为实名导出。",
    "export-key-short": "来自 {source} 的导出密钥太短：至少需要 32 个字符。",
    "export-key-and-identified": "--identified 为实名导出：请不要同时提供密钥。",
    "export-written":
      "已将 {students} 名学生的 {events} 条事件导出到 {file}（{mode}，自由文本{text}）。",
    "export-pseudonymised": "假名化",
    "export-identified": "实名",
    "export-text-kept": "保留",
    "export-text-withheld": "不导出",
    "linkage-written": "假名与学号的对照表在 {file}：请与导出文件分开保管。",
    "census-report-invalid":
      "{file} 不是 psyscreen census run --out 写出的普查报告（格式 psyscreen-census-report，版本 1）。",
    "event-not-json": "{file}:{line}：不是 JSON 事件：{reason}",
    "events-refused": "{file}：共 {issues} 个问题；未写入任何内容（前几个见上方）。",
    "events-added": "已写入档案库 {file}：新增 {added} 条事件，{skipped} 条已存在。",
    "show-title": "学生 {student}，{role} 可见的档案",
    "show-nothing": "该角色看不到这名学生档案的任何内容。",
    "show-level": "预警等级：{level}",
    "show-provisional": "临时等级，待当天复核",
    "show-status": "状态：{status}",
    "show-referred": "已转介",
    "show-follow-up": "每 {days} 天跟进一次",
    "show-needs-talk": "{message}：{due} 前（{owner}）",
    "show-flags": "未处理的筛查标记：{flags}",
    "show-results": "普查结果：",
    "show-plan": "干预方案：复查日期 {review}；目标：{goals}",
    "show-measures": "本角色负责的措施：{measures}",
    "show-history": "记录：",
    "show-family": "家校联系：{count} 次，最近一次 {last}",
    "show-overdue": "逾期事项：",
    "view-title": "{role}：名单上共 {students} 名学生",
    "view-counts": "计数（短横线表示少于 {min}，已隐藏）：{counts}",
    "demo-kind-k12": "中小学",
    "demo-kind-university": "高校",
    "demo-data-written":
      "已将一所虚构的{kind}学校（{students} 名学生，学期 {term}，种子 {seed}）写入 {dir}：{files}。所有编号与作答均为虚构。",
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
  return fillTemplate(MESSAGES[locale][key], params);
}
