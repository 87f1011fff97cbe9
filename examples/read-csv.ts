// Reads the synthetic CSV exports in examples/data — files of the 2017 evaluation — with the
// presets csvPresets builds from the SOS_2017 study, and prints the rows and the problems found.
// Any study works the same way: csvPresets(myStudy) and myStudy.schemas.
// Run: npx tsx examples/read-csv.ts
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { csvPresets, readCsv, toCsv, type CsvIssue, type ReadCsvOptions } from '../src/io/index.js';
import { SOS_2017 } from '../src/reference/index.js';

const presets = csvPresets(SOS_2017);
const schemas = SOS_2017.schemas;

const load = (name: string): string =>
  readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');

function show(name: string, rows: readonly object[], issues: readonly CsvIssue[]): void {
  console.log(`\n== ${name}: ${rows.length} rows kept, ${issues.length} issues`);
  for (const row of rows) console.log(JSON.stringify(row));
  for (const i of issues)
    console.log(`  row ${i.row}, ${i.column ?? '(no column)'} [${i.code}] ${i.message}`);
}

const read = <S extends z.ZodType>(name: string, schema: S, options: ReadCsvOptions) => {
  const result = readCsv(load(name), schema, options);
  show(name, result.rows as object[], result.issues);
  return result;
};

const survey = read(
  'worker-survey.csv',
  schemas.workerSurveyResponse,
  presets.workerSurveyResponse,
);
read('families.csv', schemas.family, presets.family);
read('family-interviews.csv', schemas.familyInterview, {
  ...presets.familyInterview,
  ignore: ['Interviewer notes'],
});
read('case-records.csv', schemas.caseRecord, presets.caseRecord);

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
