import { scoreResponse } from "@psyscreen/core";
import {
  aggregateFor,
  CN_K12,
  exportEventStream,
  importCensus,
  monthlyReport,
  monthlyReportDocument,
  overdue,
  pseudonymKey,
  Registry,
  renderReportHtml,
  reportToCsv,
  validateProfile,
  viewFor,
} from "@psyscreen/registry";
import { getScale } from "@psyscreen/scales";

// 1. The rules: the cn-k12 preset (a school would extend it with resolveProfile).
const checked = validateProfile(CN_K12);
if (!checked.success) throw new Error(checked.issues[0]?.message);
const profile = checked.data;
const registry = new Registry(profile); // a MemoryStore; SqliteStore in Node

// 2. The census: score each student's PHQ-9 and import the results in one transaction.
const phq9 = getScale("phq-9");
const answers = (values: number[]) =>
  Object.fromEntries(values.map((v, i) => [`phq9_${i + 1}`, v]));
const students = [
  { studentId: "s-001", results: [scoreResponse(phq9, answers([0, 0, 1, 0, 0, 0, 0, 0, 0]))] },
  { studentId: "s-002", results: [scoreResponse(phq9, answers([2, 2, 1, 2, 1, 1, 1, 1, 0]))] },
  { studentId: "s-003", results: [scoreResponse(phq9, answers([1, 1, 1, 1, 0, 1, 0, 0, 1]))] },
];
const census = { term: "2026-2027-1", at: "2026-10-12T01:00:00Z", students };
await importCensus(registry, census); // => { success: true, added: 5, skipped: 0 }
await importCensus(registry, census); // => { success: true, added: 0, skipped: 5 }

// 3. What the census did: a positive screen waits for a person; a positive item 9
//    opens the top level at once, provisionally, pending a same-day review.
(await registry.file("s-002")).status; // => "flagged-pending-review"
(await registry.file("s-003")).level; // => "red" (provisional: true)

// 4. The psychology teacher interviews s-002, a class peer supporter reports, and the
//    teacher sets the yellow level, citing the interview.
const psy = { actor: "t-wang", role: "psy-teacher" };
const base = { v: 1, studentId: "s-002", reason: "follow-up of the autumn census" };
await registry.append({
  ...base,
  ...psy,
  type: "interview",
  id: "s-002/interview/1",
  time: "2026-10-14T07:00:00Z",
  noRisk: false,
  notes: "low mood since the move",
});
await registry.append({
  ...base,
  actor: "p-li",
  role: "psy-committee-member",
  type: "observation",
  id: "s-002/observation/1",
  time: "2026-10-15T07:00:00Z",
  domain: "social",
  concern: "low",
  stable: false,
});
await registry.append({
  ...base,
  ...psy,
  type: "level-change",
  id: "s-002/level/1",
  time: "2026-10-15T08:00:00Z",
  level: "yellow",
  proposer: psy,
  evidence: ["s-002/interview/1"],
}); // => { success: true, added: 1, skipped: 0 }

// An illegal step is refused with a reason, and nothing is written:
const refused = await registry.append({
  ...base,
  ...psy,
  type: "level-change",
  id: "s-002/level/2",
  time: "2026-10-16T08:00:00Z",
  level: null,
  proposer: psy,
  evidence: ["s-002/interview/1"],
});
refused.success; // => false: "The registry has no transition watch → universal."

// 5. Overdue work two days after the census: s-003's same-day interview and safety plan.
const s003 = await registry.file("s-003");
overdue(s003, "2026-10-14T00:00:00Z").map((o) => o.kind); // => ["interview", "plan"]

// 6. Role views: the class teacher learns that s-003 needs a conversation, not why.
viewFor("class-teacher", s003, profile)?.needsTalk?.message["zh-CN"]; // => "需要谈话"
viewFor("county-centre", await registry.file("s-002"), profile); // => null
aggregateFor("county-centre", await registry.files(), profile).levels; // => { yellow: null, orange: 0, red: null }

// 7. A pseudonymised export: keyed HMAC ids, free text withheld.
const key = await pseudonymKey(crypto.getRandomValues(new Uint8Array(32)));
const events = (await Promise.all(students.map((s) => registry.events(s.studentId)))).flat();
const ndjson = await exportEventStream(events, { key, profile });
ndjson.includes("s-002"); // => false

// 8. October's monthly dispatch report (每月调度): counts only, and every count under the
//    profile's minimum cell size (5) suppressed; as a page to open offline and as CSV.
const october = monthlyReport(await registry.files(), { profile, month: "2026-10" });
october.levels.map((l) => `${l.code}: ${l.files}`); // => ["red: null", "orange: 0", "yellow: null"]
const page = renderReportHtml(monthlyReportDocument(october, "zh-CN"));
const csv = reportToCsv(monthlyReportDocument(october, "en"));
page.includes("s-003") || csv.includes("s-003"); // => false

export { census, csv, key, ndjson, october, page, profile, refused, registry, s003 };
