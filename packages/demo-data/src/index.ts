/**
 * Seeded synthetic schools, rosters and answers to try psyscreen on; every id and answer is made up.
 *
 * @module @psyscreen/demo-data
 */
export { createRandom, type Random } from "./create-random";
export { csvCell } from "./csv-cell";
export { DEMO_RATES } from "./demo-rates";
export { generateAnswers } from "./generate-answers";
export { type DemoSchool, type GenerateSchoolOptions, generateSchool } from "./generate-school";
export { responsesToCsv } from "./responses-to-csv";
export { rosterToCsv } from "./roster-to-csv";
