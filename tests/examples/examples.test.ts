// Every script in examples/ runs, and the demo's recomputed figures match the published ones
// wherever the synthetic dataset is built to match them.
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EVALUATION_2017, publishedFigure } from 'sos-eval/reference';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', ...args], { cwd: root, maxBuffer: 32 * 1024 * 1024 });

const scripts = readdirSync(new URL('../../examples/', import.meta.url)).filter((f) =>
  f.endsWith('.ts'),
);

describe('every example script runs', () => {
  it('finds the scripts', () => {
    expect(scripts).toContain('demo.ts');
    expect(scripts).toContain('read-csv.ts');
  });
  it.each(scripts)(
    'examples/%s',
    async (script) => {
      const { stderr } = await tsx([`examples/${script}`]);
      expect(stderr).toBe('');
    },
    120_000,
  );
});

interface Row {
  kind: string;
  label: string;
  published: number | null;
  value: number | null;
  count: number | null;
  n: number | null;
  source: string | null;
}

describe('npm run demo', () => {
  it('prints every line within 80 columns and says the data are synthetic', async () => {
    const { stdout } = await tsx(['examples/demo.ts']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.filter((l) => [...l].length > 80)).toEqual([]);
    expect(stdout).toContain('SYNTHETIC DATA');
    expect(stdout).toContain('Data issues: none.');
  }, 120_000);

  it('--json reproduces the slides exactly where the dataset is built to', async () => {
    const { stdout } = await tsx(['examples/demo.ts', '--json']);
    const report = JSON.parse(stdout) as {
      sections: { title: string; rows: Row[] }[];
      issues: string[];
    };
    const rows = report.sections.flatMap((s) => s.rows);
    const usage = report.sections[0]!.rows;
    // Slides 14–17: 7 tools × 3 levels, each recomputed share equal to the printed percentage.
    expect(usage).toHaveLength(EVALUATION_2017.surveyedTools.length * 3);
    for (const row of usage) expect([row.label, row.value]).toEqual([row.label, row.published]);

    const byLabel = (label: string) => rows.find((r) => r.label === label)!;
    // Integer percentages of 270 families (slides 19–21) and of 165 workers (slide 18).
    for (const [label, id] of [
      ['Previous: domestic violence', 'families.previous.domestic-abuse'],
      ['Current: neglect', 'families.current.neglect'],
      ['T1: had a change of worker', 'families.t1.changed-worker'],
      ['Positive or very positive', 'feelings.positive'],
      ['Negative or very negative', 'feelings.negative'],
      ['No strong feelings', 'feelings.neutral'],
      ['Aligned supervision, all workers', 'supervision.overall'],
    ] as const) {
      expect(Math.round(byLabel(label).value!), label).toBe(publishedFigure(id).value);
    }
    expect(byLabel('Previous referral(s)')).toMatchObject({ count: 204, n: 270 });
    expect(byLabel('Re-interviewed at T2 (184 of 270)')).toMatchObject({ count: 184, n: 270 });
    expect(byLabel('T2: still with a worker (165/184)')).toMatchObject({ count: 165, n: 184 });
    expect(report.issues).toEqual([]);
  }, 120_000);

  it('reads CSV exports named on the command line and reports their problems by row', async () => {
    const { stdout } = await tsx([
      'examples/demo.ts',
      '--json',
      '--survey',
      'examples/data/worker-survey.csv',
      '--families',
      'examples/data/families.csv',
    ]);
    const report = JSON.parse(stdout) as { source: string; issues: string[] };
    expect(report.source).toBe('examples/data/worker-survey.csv, examples/data/families.csv');
    // The deliberate mistakes in the example files (examples/data/README.md): "two" training days
    // on row 7 of the survey and 31/09/2015 on row 5 of the families.
    expect(report.issues.some((i) => i.startsWith('examples/data/worker-survey.csv row 7:'))).toBe(
      true,
    );
    expect(
      report.issues.some(
        (i) => i.startsWith('examples/data/families.csv row 5:') && i.includes('31/09/2015'),
      ),
    ).toBe(true);
  }, 120_000);

  it('rejects a bad --seed with a clear message', async () => {
    await expect(tsx(['examples/demo.ts', '--seed', 'abc'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--seed must be a whole number, got abc'),
    });
  }, 120_000);
});
