// npm run demo — turns records into the 2017 evaluation's tables and prints each published figure
// beside the recomputed one with its 95% interval.
//
//   npm run demo                         the package's synthetic dataset (seed 2017)
//   npm run demo -- --seed 7             another synthetic draw
//   npm run demo -- --survey s.csv --families f.csv --interviews i.csv --case-records c.csv
//   npm run demo -- --json               the same report as JSON
//   npm run demo -- --html report.html   the same report as one self-contained HTML page with charts
//   npm run demo -- --protect dfe        the demo's tables as they could be published (or gss)
//   npm run demo -- --census a.xml b.xml the DfE's children in need indicators for CIN census
//                                        files (--census synthetic for a synthetic census)
//
// Without --protect the output is UNPROTECTED: raw counts, small ones included, for the
// analyst's machine only.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyse } from './demo/analyse.js';
import { censusDemo } from './demo/census.js';
import { renderHtml } from './demo/html-report.js';
import { loadCsvFiles, loadSynthetic } from './demo/load-data.js';
import { PRESET_NAMES, protectDemo, renderProtected, type PresetName } from './demo/protect.js';
import { renderText } from './demo/render-text.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    html: { type: 'string' },
    seed: { type: 'string', default: '2017' },
    survey: { type: 'string' },
    families: { type: 'string' },
    interviews: { type: 'string' },
    'case-records': { type: 'string' },
    protect: { type: 'string' },
    census: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    `Usage: npm run demo -- [--json | --html FILE] [--protect ${PRESET_NAMES.join('|')}] [--seed N] [--survey FILE] [--families FILE] [--interviews FILE] [--case-records FILE] | --census FILE… | --census synthetic`,
  );
  process.exit(0);
}

if (values.census) process.exit(await censusDemo([...values.census, ...positionals], values.json));

const fromCsv = values.survey ?? values.families ?? values.interviews ?? values['case-records'];
const seed = Number(values.seed);
if (!Number.isInteger(seed)) {
  console.error(`--seed must be a whole number, got ${values.seed}`);
  process.exit(2);
}
const data =
  fromCsv === undefined
    ? loadSynthetic(seed)
    : loadCsvFiles({
        survey: values.survey,
        families: values.families,
        interviews: values.interviews,
        caseRecords: values['case-records'],
      });
const preset = values.protect;
if (preset !== undefined && !PRESET_NAMES.includes(preset as PresetName)) {
  console.error(`--protect must be one of ${PRESET_NAMES.join(', ')}, got ${preset}`);
  process.exit(2);
}
const report = analyse(data);
// Without --protect every count is printed as it is: the output says so.
const UNPROTECTED = 'UNPROTECTED: raw counts, small ones included; for the analyst only.';
if (preset !== undefined) {
  const safe = protectDemo(data, report, preset as PresetName);
  console.log(values.json ? JSON.stringify(safe, null, 2) : renderProtected(safe));
} else if (values.html !== undefined) {
  writeFileSync(values.html, renderHtml(report, data));
  console.log(`Wrote ${values.html}: the report with its charts, one self-contained HTML file.`);
} else {
  console.log(
    values.json
      ? JSON.stringify({ protection: UNPROTECTED, ...report }, null, 2)
      : `${UNPROTECTED}\n${renderText(report)}`,
  );
}
