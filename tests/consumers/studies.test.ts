import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertOk, consumer, ROOT, run, type Consumer } from './_consumer.js';

// Studies unlike 2017 (3 and 5 waves; 1 and 4 cohorts; a tool of its own and five usage levels;
// a grouping with four levels) through the installed tarball: parsing, CSV, usage, scaling,
// pairing, two-wave and repeated-measures comparisons, as ESM and as CommonJS, type-checked
// under node16 against the published declarations (with ids outside a study failing to compile).

const FIXTURE = fileURLToPath(new URL('./fixtures/studies.mts', import.meta.url));
const NODE = process.execPath;

/** The ESM program as CommonJS: each value import becomes `import x = require(...)`. */
export function toCommonJs(source: string): string {
  let n = 0;
  return source.replace(
    /^import \{([^}]*)\} from '([^']+)';$/gm,
    (_all, names: string, specifier: string) => {
      const ns = `m${n++}`;
      return `import ${ns} = require('${specifier}');\nconst {${names}} = ${ns};`;
    },
  );
}

let c: Consumer;
let dir: string;
let esm: Record<string, unknown>;
let cjs: Record<string, unknown>;
let tsc: { code: number | null; output: string };

beforeAll(async () => {
  c = await consumer();
  dir = join(c.dir, 'studies');
  mkdirSync(dir, { recursive: true });
  const source = readFileSync(FIXTURE, 'utf8');
  writeFileSync(join(dir, 'studies.mts'), source);
  writeFileSync(join(dir, 'studies.cts'), toCommonJs(source));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'node16',
        moduleResolution: 'node16',
        target: 'es2022',
        lib: ['es2022', 'dom'],
        types: [],
        strict: true,
        skipLibCheck: false,
        skipDefaultLibCheck: true,
        outDir: 'out',
      },
      files: ['studies.mts', 'studies.cts'],
    }),
  );
  const bin = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = await run(NODE, [bin, '-p', 'tsconfig.json', '--pretty', 'false'], dir);
  tsc = { code: r.code, output: `${r.stdout}${r.stderr}` };
  if (r.code === 0) {
    esm = JSON.parse(
      assertOk('node out/studies.mjs', await run(NODE, ['out/studies.mjs'], dir)).stdout,
    );
    cjs = JSON.parse(
      assertOk('node out/studies.cjs', await run(NODE, ['out/studies.cjs'], dir)).stdout,
    );
  }
}, 600_000);
afterAll(() => c?.dispose());

const close = (actual: unknown, expected: number): void => {
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
};

describe('studies through the installed tarball', () => {
  it('type-check under node16 (ESM and CommonJS), ids outside a study failing to compile', () => {
    expect(tsc.code, `tsc failed:\n${tsc.output}`).toBe(0);
  });

  it('ESM and CommonJS print the same results', () => {
    expect(cjs).toEqual(esm);
  });

  it('parse, read CSV and tally usage with the study', () => {
    expect(esm.parseIssues).toEqual([[[0, 'wave'], 'unknown_wave']]);
    expect(esm.csvRows).toEqual([
      ['north', 'six-months', 'always', 'often'],
      ['south', 'six-months', 'rarely', 'never'],
      ['east', 'six-months', 'sometimes', null],
      ['west', 'six-months', 'never', 'always'],
    ]);
    expect(esm.csvIssues).toBe(0);
    // Groups in the grouping's level order; the North team is 'xl' and answered 'Always'.
    expect(esm.usageGroups).toEqual(['s', 'm', 'l', 'xl']);
    expect(esm.usageMapping).toEqual({
      always: 1,
      often: 0,
      sometimes: 0,
      rarely: 0,
      never: 0,
      missing: 0,
    });
    expect(esm.mergeEqualsWhole).toBe(true);
    // Four workers: always, rarely, sometimes, never — a quarter each, none 'often'.
    expect(esm.sharesMapping).toEqual([25, 0, 25, 25, 25]);
  });

  it("scale and scorers of the study's own", () => {
    expect(esm.dangerPoints).toEqual([1, 2, 3, 4, 5]);
    expect(esm.divergence).toEqual([['child', 2]]);
  });

  it('pairs baseline and twelve months, and compares them as R t.test(paired = TRUE)', () => {
    expect(esm.pairs).toEqual([8, 1, 0]);
    const [label, estimate, statistic, df, p] = esm.change as [
      string,
      number,
      number,
      number,
      number,
    ];
    // Differences 3, 2, 1, 3, 3, 2, 2, 2: mean 2.25, sd √0.5, t = 2.25 / (√0.5 / √8) = 9 on 7 df.
    expect([label, estimate, df]).toEqual(['Twelve months - Baseline', 2.25, 7]);
    close(statistic, 9);
    close(p, 4.265700921124324e-5); // R
  });

  it('compares the three waves as R friedman.test, with Holm-adjusted Wilcoxon follow-ups', () => {
    const rows = esm.across as [string, number, number | null, number, number | null, number][];
    expect(rows.map((r) => r[0])).toEqual([
      'Baseline vs Six months vs Twelve months',
      'Six months - Baseline',
      'Twelve months - Baseline',
      'Twelve months - Six months',
    ]);
    expect(rows.map((r) => r[5])).toEqual([1, 1, 1, 1]);
    close(rows[0]![1], 14);
    expect(rows[0]![2]).toBe(2);
    close(rows[0]![3], 0.00091188196555451624); // R friedman.test
    // R: p.adjust(c(wilcox.test(six, base, paired = TRUE)$p.value, ...), 'holm')
    close(rows[1]![4], 0.064029714566269644);
    close(rows[2]![4], 0.037931492021442505);
    close(rows[3]![4], 0.064029714566269644);
    const [statistic, p] = esm.friedman as [number, number];
    close(statistic, 14);
    close(p, 0.00091188196555451624);
  });

  it("five waves, four cohorts: cohorts by date, retention, Cochran's Q across the waves", () => {
    expect(esm.cohortOf).toEqual(['q1', 'q2', 'q3', 'q4', null]);
    expect(esm.fiveRetention).toEqual([4, 4, 4, 4, 4]);
    // Column totals 1, 1, 3, 4, 4 (N 13), row totals 3, 4, 2, 4:
    // Q = (5 − 1)(5 × 43 − 13²) / (5 × 13 − 45) = 4 × 46 / 20 = 9.2 on 4 df.
    const [method, q, df, p, rows] = esm.cochran as [string, number, number, number, number];
    expect([method, df, rows]).toEqual(["Cochran's Q test", 4, 11]);
    close(q, 9.2);
    close(p, 0.056290280169948102); // R: pchisq(9.2, 4, lower.tail = FALSE)
    close(esm.cochranDirect, 9.2);
    expect(esm.synthetic).toEqual([true, 0]);
  });
});
