// npm run demo -- --html report.html: the demo's report as one self-contained HTML file. Tables
// come from the same report the text and JSON show; charts are Vega-Lite specs from
// sos-eval/charts, drawn in the page by vega, vega-lite and vega-embed, whose builds are copied
// into the page from node_modules: the file opens offline, from disk, and fetches nothing (its
// Content-Security-Policy forbids every request).
import { readFileSync } from 'node:fs';
import { reportCharts, type ReportChart } from './html-report-charts.js';
import type { DemoData } from './load-data.js';
import type { DemoReport, FigureRow, GroupRow, ReportRow, TestRow } from './report.js';

// The example lives in the repository, so the builds are read from its node_modules (vega-embed's
// exports map does not list its build files, so require.resolve cannot find them).
const NODE_MODULES = new URL('../../node_modules/', import.meta.url);
const LIBRARIES = [
  'vega/build/vega.min.js',
  'vega-lite/build/vega-lite.min.js',
  'vega-embed/build/vega-embed.min.js',
];

// Charts shown after the section whose title starts with the key.
const PLACES: Readonly<Record<string, readonly string[]>> = {
  'Social workers using each tool': ['usage'],
  'Usage by experience grouping': ['usage-by-experience'],
  'Cohort 2 vs Cohort 1': ['cohorts', 'drift'],
  "Parents' measures": ['measures', 'measure-change'],
};

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
// JSON and scripts inside <script>: no "</script" or "<!--" can end or change the element.
const inScript = (text: string): string => text.replace(/<(?=[/!])/g, '\\u003c');
const jsonInScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

const num = (x: number | null, digits = 0) =>
  x === null || Number.isNaN(x) ? '–' : x.toFixed(digits);
const pct = (x: number | null) =>
  x === null ? '–' : `${num(Math.round(x * 10) / 10, Number.isInteger(x) ? 0 : 1)}%`;
const pValue = (p: number | null) => (p === null ? '–' : p < 0.001 ? '< 0.001' : p.toFixed(3));

function figureRow(row: FigureRow): string {
  const mean = row.unit === 'mean';
  const show = (x: number | null) => (mean ? num(x, mean ? 1 : 0) : pct(x));
  const ci =
    row.lower === null || row.upper === null ? '' : `${num(row.lower, 1)}–${num(row.upper, 1)}`;
  return `<tr><th scope="row">${escape(row.label)}</th><td>${mean ? num(row.published) : pct(row.published)}</td><td>${escape(row.source ?? '')}</td><td>${show(row.value)}</td><td>${ci}</td><td>${row.n ?? ''}</td></tr>`;
}

function testRow(row: TestRow): string {
  const ci =
    row.confLow === null || row.confHigh === null
      ? ''
      : `${num(row.confLow, 2)} to ${num(row.confHigh, 2)}`;
  return `<tr><th scope="row">${escape(row.label.trim())}</th><td>${num(row.estimate, 2)}</td><td>${ci}</td><td>${pValue(row.pValue)}</td><td>${row.n}</td><td>${escape(row.method)}</td></tr>`;
}

function groupRow(row: GroupRow): string {
  return `<tr><th scope="row">${escape(row.label)}</th><td>${num(row.all)}</td><td>${num(row.some)}</td><td>${num(row.none)}</td><td>${row.n}</td><td>${escape(row.published ?? '')}</td></tr>`;
}

const HEADS: Record<ReportRow['kind'], readonly string[]> = {
  figure: ['', 'Published', 'Source', 'Recomputed', '95% CI', 'n'],
  test: ['', 'Estimate', '95% CI', 'p', 'n', 'Test'],
  group: ['', '% all', '% some', '% none', 'n', 'The slides say'],
};

function table(rows: readonly ReportRow[]): string {
  // Consecutive rows of one kind share a table.
  const out: string[] = [];
  let kind: ReportRow['kind'] | null = null;
  for (const row of rows) {
    if (row.kind !== kind) {
      if (kind !== null) out.push('</tbody></table>');
      kind = row.kind;
      out.push(
        `<table class="${kind}"><thead><tr>${HEADS[kind].map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>`,
      );
    }
    out.push(
      row.kind === 'figure' ? figureRow(row) : row.kind === 'test' ? testRow(row) : groupRow(row),
    );
  }
  if (kind !== null) out.push('</tbody></table>');
  return out.join('\n');
}

function figure(chart: ReportChart): string {
  return `<figure class="chart" id="figure-${chart.id}">
<div id="chart-${chart.id}" class="vega" data-chart="${chart.id}"></div>
<figcaption>${escape(chart.spec.description)}</figcaption>
</figure>`;
}

const STYLE = `
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1a1a1a; max-width: 1000px; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2.2rem; border-bottom: 1px solid #ccc; }
.notice { background: #fff4d6; border: 1px solid #e0b84f; padding: .6rem .8rem; }
table { border-collapse: collapse; margin: .6rem 0; font-variant-numeric: tabular-nums; }
th, td { padding: .2rem .6rem; border-bottom: 1px solid #e4e4e4; text-align: right; }
th[scope=row], thead th:first-child { text-align: left; font-weight: normal; }
thead th { font-weight: 600; border-bottom: 2px solid #999; }
figure.chart { margin: 1.2rem 0; } figcaption { font-size: .85rem; color: #444; max-width: 760px; }
.note { font-size: .9rem; color: #444; }
`;

const BOOT = `
(function () {
  var status = document.getElementById('status');
  var specs = JSON.parse(document.getElementById('sos-eval-charts').textContent);
  var views = {};
  window.sosEvalViews = views;
  Promise.all(Object.keys(specs).map(function (id) {
    return vegaEmbed('#chart-' + id, specs[id], { renderer: 'svg', actions: false }).then(function (r) { views[id] = r.view; });
  })).then(function () {
    status.dataset.status = 'ready';
    status.textContent = 'Charts drawn.';
  }, function (e) {
    status.dataset.status = 'error';
    status.textContent = 'A chart could not be drawn: ' + e.message;
    console.error(e);
  });
})();
`;

/** The whole report as one HTML document. */
export function renderHtml(report: DemoReport, data: DemoData): string {
  const charts = reportCharts(data);
  const byId = new Map(charts.map((c) => [c.id, c]));
  const placed = new Set<string>();
  const sections = report.sections.map((section) => {
    const key = Object.keys(PLACES).find((k) => section.title.startsWith(k));
    const here = (key === undefined ? [] : PLACES[key]!)
      .map((id) => byId.get(id))
      .filter((c): c is ReportChart => c !== undefined);
    for (const c of here) placed.add(c.id);
    return `<section>
<h2>${escape(section.title)}</h2>
${table(section.rows)}
${section.note ? `<p class="note">${escape(section.note)}</p>` : ''}
${here.map(figure).join('\n')}
</section>`;
  });
  const rest = charts.filter((c) => !placed.has(c.id));
  const libraries = LIBRARIES.map(
    (path) =>
      `<script>/* ${path} */\n${inScript(readFileSync(new URL(path, NODE_MODULES), 'utf8'))}\n</script>`,
  );
  const issues =
    report.issues.length === 0
      ? '<p>Data issues: none.</p>'
      : `<p>Data issues (${report.issues.length}):</p><ul>${report.issues.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:">
<title>sos-eval demo: the 2017 Signs of Safety evaluation, recomputed</title>
<style>${STYLE}</style>
</head>
<body>
<h1>sos-eval demo: the 2017 Signs of Safety evaluation, recomputed</h1>
<p>Data: ${escape(data.source)}</p>
${report.notice ? `<p class="notice" id="notice">${escape(report.notice)}</p>` : ''}
<p class="note">Published figures are the evaluators' slides (s14 = slide 14) or the report (App. I). Charts are Vega-Lite specifications from <code>sos-eval/charts</code>; hover a mark for its numbers.</p>
<p id="status" class="note" data-status="loading" role="status">Drawing charts…</p>
${sections.join('\n')}
${rest.length > 0 ? `<section><h2>More charts</h2>${rest.map(figure).join('\n')}</section>` : ''}
<section><h2>Data issues</h2>${issues}</section>
<script type="application/json" id="sos-eval-charts">${jsonInScript(Object.fromEntries(charts.map((c) => [c.id, c.spec])))}</script>
${libraries.join('\n')}
<script>${BOOT}</script>
</body>
</html>
`;
}
