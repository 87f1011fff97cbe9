// npm run demo -- --census FILE [FILE …]   the DfE's children in need indicators for real CIN
//                                         census files (XML, schema years 2017–2024), streamed
// npm run demo -- --census synthetic       the same for a synthetic census (three authorities,
//                                         2022 and 2023; made-up children)
// The table prints each indicator per authority and year; issues are counted and the first few
// shown with their element path and line. Pseudonymous ids never appear in the output.
import { createReadStream } from 'node:fs';
import {
  cinIndicatorsFromSources,
  synthesiseCinCensus,
  type CinIndicatorRow,
} from 'sos-eval/admin';

const LABELS: Partial<Record<CinIndicatorRow['indicator'], string>> = {
  referrals: 'Referrals',
  rereferrals_12m: 'Re-referrals within 12 months',
  referrals_nfa: 'Referrals with no further action',
  assessments_completed: 'Assessments completed',
  assessments_within_45_days: 'Completed within 45 working days',
  assessment_days_median: 'Median duration (working days)',
  section47_enquiries: 'Section 47 enquiries',
  initial_conferences: 'Initial child protection conferences',
  cpp_started: 'Protection plans started',
  cpp_second_or_subsequent: 'Second or subsequent plans',
  cpp_ended: 'Protection plans ended',
  cpp_ended_2_years_or_more: 'Ended after 2 years or more',
  cin_at_31_march: 'Children in need at 31 March',
  cpp_at_31_march: 'Children on a plan at 31 March',
};

function cell(row: CinIndicatorRow): string {
  if (row.value === null) return '–';
  if (row.measure === 'proportion') return `${(row.value * 100).toFixed(1)}%`;
  if (row.measure === 'working_days') return row.value.toFixed(1);
  return String(row.value);
}

/** Runs the census demo; returns the process exit code. */
export async function censusDemo(files: readonly string[], json: boolean): Promise<number> {
  const synthetic = files.length === 1 && files[0] === 'synthetic';
  const sources = synthetic
    ? synthesiseCinCensus({
        seed: 2024,
        authorities: ['901', '902', '903'],
        years: [2022, 2023],
        children: 400,
      }).map((f) => f.xml)
    : files.map((f) => createReadStream(f));
  const { rows, issues } = await cinIndicatorsFromSources(sources);
  if (json) {
    console.log(JSON.stringify({ rows, issues }, null, 2));
    return 0;
  }
  console.log(
    synthetic
      ? 'Children in need indicators — SYNTHETIC census (made-up authorities 901–903), UNPROTECTED'
      : `Children in need indicators — ${files.length} file(s), UNPROTECTED (small counts not suppressed)`,
  );
  const units = [...new Set(rows.map((r) => `${r.year} ${r.group}`))];
  for (const unit of units) {
    console.log(`\n${unit.replace(' ', ' · authority ')}`);
    for (const row of rows) {
      if (`${row.year} ${row.group}` !== unit) continue;
      const label = LABELS[row.indicator];
      if (!label) continue;
      const ci =
        row.lower === null || row.upper === null
          ? ''
          : `  (${(row.lower * 100).toFixed(1)}–${(row.upper * 100).toFixed(1)})`;
      console.log(`  ${label.padEnd(40)}${cell(row).padStart(9)}${ci}`);
    }
  }
  console.log(`\n${issues.length} issue(s)`);
  for (const issue of issues.slice(0, 10)) {
    const file = typeof issue.path[0] === 'number' && !synthetic ? `${files[issue.path[0]]}:` : '';
    console.log(`  ${file}${issue.line ?? '?'}: ${issue.code} ${issue.message}`);
  }
  return 0;
}
