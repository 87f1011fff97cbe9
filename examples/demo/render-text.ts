import type { DemoReport, FigureRow, GroupRow, ReportRow, TestRow } from './report.js';

// Every line fits an 80-column terminal.
const WIDTH = 80;
const LABEL = 37;

const fit = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
const num = (x: number | null, digits = 0) =>
  x === null || Number.isNaN(x) ? '–' : x.toFixed(digits);
const pct = (x: number | null) => (x === null ? '–' : `${num(x, Number.isInteger(x) ? 0 : 1)}%`);
const pValue = (p: number | null) => (p === null ? '–' : p < 0.001 ? '<0.001' : p.toFixed(3));

function figure(row: FigureRow): string {
  const isMean = row.unit === 'mean';
  const published =
    row.published === null
      ? '–'
      : isMean
        ? num(row.published)
        : pct(Math.round(row.published * 10) / 10);
  const ours = isMean
    ? num(row.value, 1)
    : pct(row.value === null ? null : Math.round(row.value * 10) / 10);
  const ci =
    row.lower === null || row.upper === null ? '' : `${num(row.lower, 1)}–${num(row.upper, 1)}`;
  const source = row.source ?? '';
  return `${fit(row.label, LABEL)}${published.padStart(7)} ${source.padEnd(6)}${ours.padStart(7)}  ${ci.padEnd(11)} ${String(row.n ?? '').padStart(5)}`;
}

function test(row: TestRow): string {
  const ci =
    row.confLow === null || row.confHigh === null
      ? ''
      : `${num(row.confLow, 1)} to ${num(row.confHigh, 1)}`;
  return `${fit(row.label, LABEL)}${num(row.estimate, 2).padStart(7)}  ${ci.padEnd(15)} p ${pValue(row.pValue).padEnd(6)} ${String(row.n).padStart(5)}`;
}

function group(row: GroupRow): string {
  const cells = [row.all, row.some, row.none].map((x) => num(x).padStart(4)).join(' ');
  return `${fit(row.label, LABEL)}${cells}  ${String(row.n).padStart(4)}  ${row.published ?? ''}`.slice(
    0,
    WIDTH,
  );
}

const HEADERS: Record<ReportRow['kind'], string> = {
  figure: `${''.padEnd(LABEL)}${'slides'.padStart(7)} ${''.padEnd(6)}${'ours'.padStart(7)}  ${'95% CI'.padEnd(11)} ${'n'.padStart(5)}`,
  test: `${''.padEnd(LABEL)}${'est.'.padStart(7)}  ${'95% CI'.padEnd(15)} ${'p'.padEnd(8)} ${'n'.padStart(5)}`,
  group: `${''.padEnd(LABEL)}${' all some none'}  ${'n'.padStart(4)}  slides say`,
};

/** The report as text for a terminal. */
export function renderText(report: DemoReport): string {
  const out: string[] = [];
  out.push('sos-eval demo: the 2017 Signs of Safety evaluation, recomputed'.slice(0, WIDTH));
  out.push(...wrap(`Data: ${report.source}`));
  if (report.notice) out.push(...wrap(report.notice));
  out.push("Published: the evaluators' slides (s14 = slide 14) or the report (App. I).");
  for (const section of report.sections) {
    out.push('', section.title.slice(0, WIDTH), '─'.repeat(Math.min(WIDTH, section.title.length)));
    let kind: string | null = null;
    for (const row of section.rows) {
      if (row.kind !== kind) {
        out.push(HEADERS[row.kind]);
        kind = row.kind;
      }
      out.push(row.kind === 'figure' ? figure(row) : row.kind === 'test' ? test(row) : group(row));
    }
    if (section.note) out.push(...wrap(section.note));
  }
  out.push(
    '',
    report.issues.length === 0 ? 'Data issues: none.' : `Data issues (${report.issues.length}):`,
  );
  for (const issue of report.issues.slice(0, 20)) out.push(...wrap(`  ${issue}`));
  if (report.issues.length > 20) out.push(`  … and ${report.issues.length - 20} more (see --json)`);
  return out.map((line) => line.trimEnd()).join('\n');
}

function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if ((line + ' ' + word).trim().length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line) lines.push(line);
  return lines;
}
