// `npm run demo -- --protect <preset>`: the demo's counts as they could be published. Every
// count the demo reports passes through sos-eval/disclosure: the usage tables (overall, by
// experience, by pilot: 2-D and 3-D tables with their margins), each share of the report (its
// count, the rest and its n, as a small table), and the sample size behind each mean and test.
// Hidden counts show the preset's symbol, and so do the shares, intervals and tests made from
// them.
import {
  DISCLOSURE_PRESETS,
  protectTable,
  type DisclosureRules,
  type ProtectedRow,
} from 'sos-eval/disclosure';
import { EVALUATION_2017 } from 'sos-eval/reference';
import { tallyUsage, usageShares } from 'sos-eval/usage';
import { study, type DemoData } from './load-data.js';
import type { DemoReport, FigureRow, TestRow } from './report.js';

export type PresetName = keyof typeof DISCLOSURE_PRESETS;
export const PRESET_NAMES = Object.keys(DISCLOSURE_PRESETS) as PresetName[];

export interface ProtectedTable {
  readonly title: string;
  /** The dimensions, in order; the last one is spread over columns in the text output. */
  readonly dimensions: readonly string[];
  readonly value: string;
  readonly rows: readonly ProtectedRow[];
}

export interface ProtectedDemo {
  readonly protection: { readonly preset: PresetName; readonly rules: DisclosureRules };
  readonly source: string;
  readonly notice: string | null;
  readonly tables: readonly ProtectedTable[];
  /** Hidden cells by kind, for the summary line. */
  readonly hidden: { readonly primary: number; readonly secondary: number };
  readonly issues: readonly string[];
}

const USAGE_DERIVED = ['percent', 'lower', 'upper'];

/** The demo's tables, protected by a preset. */
export function protectDemo(data: DemoData, report: DemoReport, preset: PresetName): ProtectedDemo {
  const rules = DISCLOSURE_PRESETS[preset];
  const tools = EVALUATION_2017.surveyedTools;
  const issues: string[] = [];
  const tables: ProtectedTable[] = [];
  const add = (title: string, dimensions: string[], value: string, rows: readonly ProtectedRow[]) =>
    tables.push({ title, dimensions, value, rows });

  // Usage by pilot, by experience and overall are three tables of one cross-classification
  // (pilot × experience × tool × level: each pilot is in one experience group), and each is a sum
  // of another's cells: an experience group's count minus its other pilots' would give back a
  // pilot's hidden count. So they are protected together (`tables`), and only their counts are
  // shown (the shares are recomputed by the reader from published counts, if at all).
  const byPilot = usageShares(tallyUsage(data.surveyResponses, { study, tools, by: 'pilot' }), {
    study,
  });
  const cross = byPilot.map((r) => ({
    pilot: r.group,
    experience: study.groupOf(r.group as never, 'experience') ?? 'none',
    tool: r.tool,
    level: r.level,
    count: r.count,
  }));
  const usage = protectTable(cross, {
    rules,
    dimensions: ['pilot', 'experience', 'tool', 'level'],
    value: 'count',
    tables: [
      ['pilot', 'tool', 'level'],
      ['experience', 'tool', 'level'],
    ],
  });
  for (const issue of usage.issues) issues.push(`usage: ${issue.message}`);
  const slice = (keep: (r: ProtectedRow) => boolean, drop: string[]) =>
    usage.rows
      .filter(keep)
      .map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !drop.includes(k))))
      .map((r) => r as ProtectedRow);
  add(
    'Usage of each tool, all workers (slides 14–17)',
    ['tool', 'level'],
    'count',
    slice((r) => r.pilot === 'Total' && r.experience === 'Total', ['pilot', 'experience']),
  );
  add(
    'Usage by experience (3-D, all margins)',
    ['experience', 'tool', 'level'],
    'count',
    slice((r) => r.pilot === 'Total' && r.experience !== 'Total', ['pilot']),
  );
  add(
    'Usage by pilot (3-D, all margins)',
    ['pilot', 'tool', 'level'],
    'count',
    slice((r) => r.pilot !== 'Total' && r.experience === 'Total', ['experience']),
  );

  // Each share of the report: count and rest add up to n, a small table of its own.
  const shares: ProtectedRow[] = [];
  const sizes: Record<string, unknown>[] = [];
  const seen = new Map<string, number>();
  // Labels name the cells of the sample-size table, so a repeated one gets a number.
  const unique = (label: string) => {
    const k = (seen.get(label) ?? 0) + 1;
    seen.set(label, k);
    return k === 1 ? label : `${label} (${k})`;
  };
  // The report's first section is the overall usage table again, already protected above:
  // publishing its counts a second time, protected on their own, would undo that protection.
  for (const section of report.sections.slice(1)) {
    for (const row of section.rows) {
      if (row.kind === 'figure' && row.unit === 'percent' && row.count !== null && row.n !== null) {
        for (const r of protectShare(unique(row.label.trim()), row, rules, issues)) shares.push(r);
      } else if (row.kind === 'figure' && row.n !== null) {
        sizes.push({
          label: unique(row.label.trim()),
          n: row.n,
          value: row.value,
          lower: row.lower,
          upper: row.upper,
        });
      } else if (row.kind === 'test') {
        sizes.push({ ...testSize(row), label: unique(row.label.trim()) });
      }
    }
  }
  add('Shares in the report (count of n)', ['label', 'part'], 'count', shares);
  // Means and tests: their sample size passes the threshold, or the result is hidden with it.
  const protectedSizes = protectTable(sizes, {
    rules,
    dimensions: ['label'],
    value: 'n',
    margins: false,
    derived: ['value', 'lower', 'upper', 'estimate', 'pValue'].filter((k) =>
      sizes.some((s) => k in s),
    ),
  });
  for (const issue of protectedSizes.issues) issues.push(`sample sizes: ${issue.message}`);
  add('Means and tests (sample size n)', ['label'], 'n', protectedSizes.rows);

  const all = tables.flatMap((t) => t.rows);
  return {
    protection: { preset, rules },
    source: data.source,
    notice: data.notice,
    tables,
    hidden: {
      primary: all.filter((r) => r.suppressed === 'primary').length,
      secondary: all.filter((r) => r.suppressed === 'secondary').length,
    },
    issues: [...report.issues, ...issues],
  };
}

function protectShare(
  label: string,
  row: FigureRow,
  rules: DisclosureRules,
  issues: string[],
): readonly ProtectedRow[] {
  const result = protectTable(
    [
      { part: 'count', count: row.count!, percent: row.value, lower: row.lower, upper: row.upper },
      { part: 'rest', count: row.n! - row.count!, percent: null, lower: null, upper: null },
    ],
    { rules, dimensions: ['part'], value: 'count', derived: USAGE_DERIVED, denominator: 'part' },
  );
  for (const issue of result.issues) issues.push(`${label}: ${issue.message}`);
  // The margin row ('Total') is the share's n.
  return result.rows.map((r) => ({ label, ...r }));
}

function testSize(row: TestRow): Record<string, unknown> {
  return {
    label: row.label.trim(),
    n: row.n,
    estimate: row.estimate,
    lower: row.confLow,
    upper: row.confHigh,
    pValue: row.pValue,
  };
}

// ---- text ------------------------------------------------------------------------------------

const WIDTH = 80;
const show = (v: unknown, digits = 0) =>
  v === null || v === undefined ? '–' : typeof v === 'number' ? v.toFixed(digits) : String(v);
const fit = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

/** The protected tables for a terminal: usage tables with the levels across. */
export function renderProtected(demo: ProtectedDemo): string {
  const { preset, rules } = demo.protection;
  const out: string[] = [
    `sos-eval demo: PROTECTED tables (--protect ${preset}, rules "${rules.name}")`,
    `Counts 1–${rules.minCount - 1} hidden ('${rules.symbols.primary}'), with the cells that would`,
    `give them back from the totals; shares and tests made from them hidden too.`,
    `Hidden: ${demo.hidden.primary} primary, ${demo.hidden.secondary} secondary.`,
  ];
  if (demo.notice) for (const line of wrap(demo.notice)) out.push(line);
  for (const table of demo.tables) {
    out.push('', table.title, '─'.repeat(Math.min(WIDTH, table.title.length)));
    const dims = table.dimensions;
    // A one-way table is printed down the page; otherwise the last dimension goes across.
    const across = dims.length > 1 ? dims.at(-1)! : null;
    const down = across === null ? dims : dims.slice(0, -1);
    const columns =
      across === null ? [table.value] : [...new Set(table.rows.map((r) => String(r[across])))];
    const labelWidth = Math.min(WIDTH - 8 * columns.length, 46);
    out.push(
      `${fit(down.join(' · '), labelWidth)}${columns.map((c) => c.slice(0, 7).padStart(8)).join('')}`,
    );
    const lines = new Map<string, string[]>();
    for (const row of table.rows) {
      const key = down.map((d) => String(row[d])).join(' · ');
      if (!lines.has(key))
        lines.set(
          key,
          columns.map(() => '–'),
        );
      lines.get(key)![across === null ? 0 : columns.indexOf(String(row[across]))] = show(
        row[table.value],
      );
    }
    for (const [key, cells] of lines)
      out.push(`${fit(key, labelWidth)}${cells.map((c) => c.padStart(8)).join('')}`);
  }
  out.push(
    '',
    demo.issues.length === 0 ? 'Data issues: none.' : `Data issues (${demo.issues.length}):`,
  );
  for (const issue of demo.issues.slice(0, 20))
    for (const line of wrap(`  ${issue}`)) out.push(line);
  return out.map((l) => l.trimEnd()).join('\n');
}

function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (`${line} ${word}`.trim().length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line) lines.push(line);
  return lines;
}
