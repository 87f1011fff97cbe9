import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareWaves, pairWaves } from 'sos-eval/longitudinal';
import { LSNS_6, PEARLIN_MASTERY, scoreMeasure, type MeasureDefinition } from 'sos-eval/measures';
import type { StudyRecord } from 'sos-eval/models';
import { EVALUATION_2017, SOS_2017, SOS_TOOLS } from 'sos-eval/reference';
import { synthesiseEvaluation } from 'sos-eval/synthetic';
import { tallyUsage, usageShares } from 'sos-eval/usage';
import type { VegaLiteSpec } from 'sos-eval/charts';
import { assertOk, ROOT, run } from '../_support/run.js';
import { checkSpec } from '../charts/_harness.js';
import { JUPYTER, systemTool } from '../_support/system-tools.js';

// examples/notebook.ipynb executed headlessly with `jupyter nbconvert --execute` on Deno's Jupyter
// kernel (the `deno` devDependency). The kernel is registered for this run only, in a private
// JUPYTER_PATH, so the test needs Debian's jupyter-nbconvert and python3-ipykernel but no global
// `deno jupyter --install`. The notebook imports sos-eval by name, i.e. from dist/: build first.
// Without Jupyter the file is skipped with one line saying so (a failure under
// SOS_EVAL_REQUIRE_SYSTEM_TOOLS=1, as in CI): see tests/_support/system-tools.ts.

const JUPYTER_BIN = systemTool(JUPYTER);
/** The kernel's Vega-Lite display type, whose value is the spec as a JSON object. */
const VEGA_LITE = 'application/vnd.vegalite.v5+json';

// The notebook works on the 2017 evaluation, the study SOS_2017.
const study = SOS_2017;
const EXPERIENCE_GROUPS = study.grouping('experience')!.levels;
type FamilyInterview = StudyRecord<typeof SOS_2017, 'familyInterview'>;

const WORK = `${ROOT}/.tmp/notebook/${process.pid}`;
const EXECUTED = `${WORK}/notebook.executed.ipynb`;

interface Output {
  output_type: string;
  text?: string | string[];
  data?: { [mime: string]: string | string[] } & { 'application/vnd.vegalite.v5+json'?: object };
  ename?: string;
  evalue?: string;
}
interface Cell {
  cell_type: string;
  metadata: { tags?: string[] };
  outputs?: Output[];
}

const joined = (v: string | string[] | undefined): string =>
  Array.isArray(v) ? v.join('') : (v ?? '');
let cells: Cell[] = [];

const outputsOf = (tag: string): Output[] => {
  const cell = cells.find((c) => c.metadata.tags?.includes(tag));
  if (!cell) throw new Error(`no cell tagged ${tag}`);
  return cell.outputs ?? [];
};
const markdownOf = (tag: string): string => {
  const md = outputsOf(tag).find((o) => o.data?.['text/markdown']);
  if (!md) throw new Error(`cell ${tag} displayed no markdown`);
  return joined(md.data!['text/markdown']);
};
/** Everything a cell printed or displayed as text. */
const textOf = (tag: string): string =>
  outputsOf(tag)
    .map((o) => joined(o.text) + joined(o.data?.['text/plain']))
    .join('');
/** A markdown table's body rows as arrays of trimmed cells. */
const tableRows = (md: string): string[][] =>
  md
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .slice(2)
    .map((l) =>
      l
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );

const figure = (id: string): number => {
  const f = EVALUATION_2017.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no published figure ${id}`);
  return f.value;
};
const toolByName = (name: string): string => {
  const t = SOS_TOOLS.find((x) => x.name === name);
  if (!t) throw new Error(`no tool named ${name}`);
  return t.id;
};

describe.skipIf(JUPYTER_BIN === undefined)(
  'examples/notebook.ipynb, executed on the Deno kernel',
  () => {
    beforeAll(async () => {
      rmSync(WORK, { recursive: true, force: true });
      mkdirSync(`${WORK}/jupyter/kernels/deno`, { recursive: true });
      // What `deno jupyter --install` writes, pointing at this checkout's deno.
      writeFileSync(
        `${WORK}/jupyter/kernels/deno/kernel.json`,
        JSON.stringify({
          argv: [
            `${ROOT}/node_modules/.bin/deno`,
            'jupyter',
            '--kernel',
            '--conn',
            '{connection_file}',
          ],
          display_name: 'Deno',
          language: 'typescript',
        }),
      );
      // Deno's kernel now and then publishes console.log output after the cell's idle status, which
      // nbconvert then misses, wholly or in part (CI once kept the first of two lines). The notebook
      // therefore shows everything through awaited Deno.jupyter.display calls, which are sent before
      // the cell ends; as a second guard, execute again, up to three times, while some code cell came
      // back with no output at all.
      for (let attempt = 1; attempt <= 3; attempt++) {
        const r = await run(
          JUPYTER_BIN!,
          [
            'nbconvert',
            '--to',
            'notebook',
            '--execute',
            '--ExecutePreprocessor.timeout=180',
            '--ExecutePreprocessor.kernel_name=deno',
            '--output-dir',
            WORK,
            '--output',
            'notebook.executed.ipynb',
            `${ROOT}/examples/notebook.ipynb`,
          ],
          ROOT,
          {
            JUPYTER_PATH: `${WORK}/jupyter`,
            PYDEVD_DISABLE_FILE_VALIDATION: '1',
            DENO_NO_UPDATE_CHECK: '1',
          },
        );
        assertOk('jupyter nbconvert --execute examples/notebook.ipynb', r);
        cells = (JSON.parse(readFileSync(EXECUTED, 'utf8')) as { cells: Cell[] }).cells;
        const silent = cells.filter(
          (c) => c.cell_type === 'code' && (c.outputs ?? []).length === 0,
        );
        if (silent.length === 0) break;
        console.warn(
          `notebook run ${attempt}: no output from ${silent.map((c) => c.metadata.tags).join(', ')}`,
        );
      }
    }, 300_000);

    afterAll(() => rmSync(WORK, { recursive: true, force: true }));

    it('runs every code cell without an error output', () => {
      const code = cells.filter((c) => c.cell_type === 'code');
      expect(code.length).toBeGreaterThanOrEqual(5);
      const errors = code.flatMap((c) =>
        (c.outputs ?? []).filter((o) => o.output_type === 'error'),
      );
      expect(errors.map((e) => `${e.ename}: ${e.evalue}`)).toEqual([]);
      for (const c of code) expect(c.outputs ?? [], String(c.metadata.tags)).not.toEqual([]);
    });

    it('loads the synthetic dataset: 165 workers surveyed, 270 families at T1, 184 at T2 (slide 7)', () => {
      const text = textOf('load');
      expect(text).toContain('SYNTHETIC DATA');
      expect(text).toContain(
        `${figure('workers.t2.surveyed')} survey responses; ` +
          `${figure('families.t1.interviewed')} family interviews at Time 1, ` +
          `${figure('families.t2.interviewed')} at Time 2`,
      );
    });

    it('shows the overall usage next to the published figures, and they agree (slides 14-17)', () => {
      const rows = tableRows(markdownOf('usage-overall'));
      expect(rows).toHaveLength(7);
      for (const [name, ...cellsOfRow] of rows) {
        const tool = toolByName(name!);
        const published = ['all', 'some', 'none'].map((l) => figure(`usage.${tool}.${l}`));
        const [a, s, n, pa, ps, pn] = cellsOfRow.map(Number);
        expect({ tool, ours: [a, s, n], published: [pa, ps, pn] }).toEqual({
          tool,
          ours: published,
          published,
        });
      }
      // Slide 14 as printed: safety planning with all 42%, some 56%, none 2%.
      expect(rows.find((r) => r[0] === 'Safety planning')).toEqual([
        'Safety planning',
        '42',
        '56',
        '2',
        '42',
        '56',
        '2',
        '14',
      ]);
    });

    it('tabulates usage by grouping as the library does: rows sum to 100, groups add up to 165', () => {
      const rows = tableRows(markdownOf('usage-by-grouping'));
      expect(rows).toHaveLength(7 * EXPERIENCE_GROUPS.length);
      const shares = usageShares(
        tallyUsage(synthesiseEvaluation({ seed: 2017 }).surveyResponses, {
          study,
          by: 'experience',
        }),
        { study },
      );
      const nByTool = new Map<string, number>();
      for (const [name, label, n, ...pcts] of rows) {
        const tool = toolByName(name!);
        const group = EXPERIENCE_GROUPS.find((g) => g.label === label)!.id;
        const [all, some, none] = pcts.map(Number);
        expect(all! + some! + none!).toBe(100);
        const expected = (level: string) =>
          shares.find((r) => r.tool === tool && r.group === group && r.level === level)!;
        expect({ tool, group, n: Number(n), all, some, none }).toEqual({
          tool,
          group,
          n: expected('all').n,
          all: expected('all').percent,
          some: expected('some').percent,
          none: expected('none').percent,
        });
        nByTool.set(tool, (nByTool.get(tool) ?? 0) + Number(n));
      }
      for (const n of nByTool.values()) expect(n).toBe(figure('workers.t2.surveyed'));
    });

    it('compares T1 and T2 LSNS-6 and mastery with the same numbers compareWaves gives', () => {
      const text = textOf('waves');
      expect(text).toContain(
        `paired ${figure('families.t2.interviewed')} of ${figure('families.t1.interviewed')} families`,
      );
      // 184 / 270 = 0.68148… → 68.1%.
      expect(text).toContain('(retention 68.1%)');

      const data = synthesiseEvaluation({ seed: 2017 });
      const score = (d: MeasureDefinition, id: string) => (i: FamilyInterview) =>
        scoreMeasure(d, i.measures?.[id] ?? []).total;
      const scored = (rows: readonly FamilyInterview[]) =>
        rows.map((r) => ({
          familyId: r.familyId,
          wave: r.wave,
          lsns6: score(LSNS_6, 'lsns-6')(r),
          mastery: score(PEARLIN_MASTERY, 'pearlin-mastery')(r),
        }));
      const waves = pairWaves([...scored(data.interviewsT1), ...scored(data.interviewsT2)], {
        study,
        from: 'T1',
        to: 'T2',
      });
      const rows = tableRows(markdownOf('waves'));
      expect(rows.map((r) => r[0])).toEqual(['LSNS-6', 'Pearlin mastery']);
      for (const [row, measure] of [
        [rows[0]!, 'lsns6'],
        [rows[1]!, 'mastery'],
      ] as const) {
        const c = compareWaves(waves, { study, measure, kind: 'interval' });
        expect(row.slice(1, 6)).toEqual([
          String(c.n),
          c.estimate!.toFixed(2),
          `${c.confLow!.toFixed(2)} to ${c.confHigh!.toFixed(2)}`,
          c.statistic!.toFixed(2),
          String(c.df),
        ]);
        expect(row[7]).toBe('Paired t-test');
      }
    });

    it('shows the usage chart through the Vega-Lite display (with a text fallback): a valid spec whose bars carry the usage shares', async () => {
      const out = outputsOf('chart').find((o) => o.data?.[VEGA_LITE]);
      expect(out).toBeDefined();
      const spec = out!.data![VEGA_LITE] as unknown as VegaLiteSpec & {
        data: { values: { tool: string; group: string; level: string; percent: number }[] };
      };
      await checkSpec(spec, true);
      // One bar segment per tool × (3 groupings + all workers) × level.
      expect(spec.data.values).toHaveLength(7 * 4 * 3);
      const levels = { all: 'All families', some: 'Some families', none: 'Not at all' } as const;
      for (const level of ['all', 'some', 'none'] as const) {
        const bar = spec.data.values.find(
          (v) =>
            v.tool === 'Safety planning' && v.group === 'All workers' && v.level === levels[level],
        );
        expect(bar?.percent).toBe(figure(`usage.safety-planning.${level}`));
      }
      const text = joined(out!.data!['text/plain']);
      expect(text).toMatch(/Safety planning · all workers\s+\S+ 42 \/ 56 \/ 2/);
    });

    it('shows the paired changes as a forest plot through the Vega-Lite display', async () => {
      const out = outputsOf('chart-change').find((o) => o.data?.[VEGA_LITE]);
      expect(out).toBeDefined();
      const spec = out!.data![VEGA_LITE] as unknown as VegaLiteSpec & {
        data: { values: { label: string; estimate: number }[] };
      };
      await checkSpec(spec, true);
      expect(spec.data.values.map((v) => v.label)).toEqual([
        'LSNS-6: Time 2 - Time 1',
        'Pearlin mastery: Time 2 - Time 1',
      ]);
    });
  },
);
