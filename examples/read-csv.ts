// Reads the synthetic CSV exports in examples/data with the io presets and prints the rows and
// the problems found. Run: npx tsx examples/read-csv.ts
import { readFileSync } from 'node:fs';
import {
  CASE_RECORD_CSV,
  FAMILY_CSV,
  FAMILY_INTERVIEW_CSV,
  readCsv,
  toCsv,
  WORKER_SURVEY_CSV,
  type CsvIssue,
  type ReadCsvOptions,
} from '../src/io/index.js';
import {
  CaseRecordSchema,
  FamilyInterviewSchema,
  FamilySchema,
  WorkerSurveyResponseSchema,
} from '../src/models/index.js';

const load = (name: string): string =>
  readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');

function show(name: string, rows: readonly object[], issues: readonly CsvIssue[]): void {
  console.log(`\n== ${name}: ${rows.length} rows kept, ${issues.length} issues`);
  for (const row of rows) console.log(JSON.stringify(row));
  for (const i of issues)
    console.log(`  row ${i.row}, ${i.column ?? '(no column)'} [${i.code}] ${i.message}`);
}

const read = (name: string, schema: Parameters<typeof readCsv>[1], options: ReadCsvOptions) => {
  const result = readCsv(load(name), schema, options);
  show(name, result.rows as object[], result.issues);
  return result;
};

const survey = readCsv(load('worker-survey.csv'), WorkerSurveyResponseSchema, WORKER_SURVEY_CSV);
show('worker-survey.csv', survey.rows, survey.issues);
read('families.csv', FamilySchema, FAMILY_CSV);
read('family-interviews.csv', FamilyInterviewSchema, {
  ...FAMILY_INTERVIEW_CSV,
  ignore: ['Interviewer notes'],
});
read('case-records.csv', CaseRecordSchema, CASE_RECORD_CSV);

// Tidy rows back out: one line per worker and tool.
const tidy = survey.rows.flatMap((r) =>
  Object.entries(r.usage).map(([tool, level]) => ({
    workerId: r.workerId,
    pilotId: r.pilotId,
    tool,
    level,
  })),
);
console.log('\n== usage as tidy CSV (first lines)');
console.log(toCsv(tidy, { newline: '\n' }).split('\n').slice(0, 5).join('\n'));
