// README's quick start: score one (synthetic) PHQ-9 answer set from Node.
import { scoreResponse } from "@psyscreen/core";
import { getScale } from "@psyscreen/scales";

const phq9 = getScale("phq-9");

// item id → answer (0 = not at all … 3 = nearly every day); item 8 was skipped
const answers = {
  phq9_1: 2,
  phq9_2: 1,
  phq9_3: 3,
  phq9_4: 2,
  phq9_5: 1,
  phq9_6: 1,
  phq9_7: 0,
  phq9_8: null,
  phq9_9: 1,
};

const locale = process.argv.includes("--zh") ? "zh-CN" : "en";
const result = scoreResponse(phq9, answers, { locale });

const total = result.scores.total;
console.log(`${result.scaleId} ${result.scaleVersion} (engine ${result.engineVersion})`);
console.log(
  `total: ${total.value} (${total.bandLabel})${total.prorated ? `, prorated from ${total.answered} answers` : ""}`,
);
for (const flag of result.flags) console.log(`flag ${flag.kind}: ${flag.message}`);
for (const issue of result.issues) console.log(`issue ${issue.code}: ${issue.message}`);
