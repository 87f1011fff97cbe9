import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVALUATION_2017, SOS_2017, SOS_TOOLS } from 'sos-eval/reference';
import { synthesiseEvaluation } from 'sos-eval/synthetic';
import { tallyUsage, usageShares } from 'sos-eval/usage';
import { CHROMIUM, systemTool } from '../_support/system-tools.js';
import { ensureBundle } from './_bundle.js';
import { serveStatic, type StaticServer } from './_static-server.js';
import { ROOT } from './build-browser-bundle.js';

// examples/browser/index.html, opened in headless Chromium (Debian's chromium on PATH, or
// CHROMIUM_PATH, driven by playwright-core, no browser download) from a static server on
// 127.0.0.1. The page imports the self-contained bundle dist/browser/sos-eval.js; the test reads
// the table it renders. Without Chromium the file is skipped with one line saying so (a failure
// under SOS_EVAL_REQUIRE_SYSTEM_TOOLS=1, as in CI): see tests/_support/system-tools.ts.

const CHROMIUM_BIN = systemTool(CHROMIUM);
const SHOT_DIR = `${ROOT}/.tmp/browser`;

interface RenderedRow {
  tool: string;
  group: string;
  source: string;
  n: number | null;
  all: number | null;
  some: number | null;
  none: number | null;
}

const figure = (id: string): number => {
  const f = EVALUATION_2017.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no published figure ${id}`);
  return f.value;
};

let server: StaticServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];
let rows: RenderedRow[] = [];

const find = (tool: string, group: string, source = 'synthetic'): RenderedRow => {
  const row = rows.find((r) => r.tool === tool && r.group === group && r.source === source);
  if (!row) throw new Error(`no rendered row for ${tool} / ${group} / ${source}`);
  return row;
};

describe.skipIf(CHROMIUM_BIN === undefined)(
  'examples/browser/index.html in headless Chromium',
  () => {
    beforeAll(async () => {
      await ensureBundle();
      server = await serveStatic(ROOT);
      browser = await chromium.launch({
        executablePath: CHROMIUM_BIN,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning')
          problems.push(`console.${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('requestfailed', (r) =>
        problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`),
      );
      page.on('response', (r) => {
        if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) {
          problems.push(`HTTP ${r.status()}: ${r.url()}`);
        }
      });
      await page.goto(`${server.origin}/examples/browser/index.html`, { waitUntil: 'load' });
      await page.waitForSelector('#status[data-status="ready"], #status[data-status="error"]', {
        timeout: 30_000,
      });
      mkdirSync(SHOT_DIR, { recursive: true });
      await page.screenshot({ path: `${SHOT_DIR}/page.png`, fullPage: true });
      rows = await page.$$eval('#usage tbody tr', (trs) =>
        trs.map((tr) => {
          const num = (sel: string): number | null => {
            const t = tr.querySelector(sel)?.textContent?.trim() ?? '';
            return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
          };
          const el = tr as HTMLElement;
          return {
            tool: el.dataset.tool ?? '',
            group: el.dataset.group ?? '',
            source: el.dataset.source ?? '',
            n: num('[data-field="n"]'),
            all: num('[data-level="all"]'),
            some: num('[data-level="some"]'),
            none: num('[data-level="none"]'),
          };
        }),
      );
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('loads the bundle and renders with no console error, page error or failed request', async () => {
      expect(problems).toEqual([]);
      expect(server.misses).toEqual([]);
      expect(await page.getAttribute('#status', 'data-status')).toBe('ready');
      expect(await page.textContent('#notice')).toContain('SYNTHETIC DATA');
      expect(await page.textContent('#not-asked')).toContain('Scaling');
    });

    it('shows the published overall safety-planning row as on slide 14: 42 / 56 / 2 of 165', () => {
      const published = find('safety-planning', 'overall', 'published');
      expect(published).toMatchObject({
        n: figure('workers.t2.surveyed'),
        all: figure('usage.safety-planning.all'),
        some: figure('usage.safety-planning.some'),
        none: figure('usage.safety-planning.none'),
      });
      // The same numbers as printed on slide 14, so a change to the reference data shows up here too.
      expect([published.n, published.all, published.some, published.none]).toEqual([
        165, 42, 56, 2,
      ]);
    });

    it('the synthetic overall row of every published tool reads the published shares', () => {
      const published = rows.filter((r) => r.source === 'published');
      // Slides 14-17 report seven tools.
      expect(published.map((r) => r.tool).sort()).toEqual(
        SOS_TOOLS.map((t) => t.id)
          .filter((id) => EVALUATION_2017.figures.some((f) => f.id === `usage.${id}.all`))
          .sort(),
      );
      expect(published).toHaveLength(7);
      for (const p of published) {
        const s = find(p.tool, 'overall');
        expect({ tool: p.tool, all: s.all, some: s.some, none: s.none, n: s.n }).toEqual({
          tool: p.tool,
          all: p.all,
          some: p.some,
          none: p.none,
          n: p.n,
        });
      }
    });

    it('has a row per tool × grouping, each summing to 100, with group sizes adding up to 165', () => {
      const groups = SOS_2017.grouping('experience')!.levels.map((g) => g.id);
      for (const p of rows.filter((r) => r.source === 'published')) {
        for (const g of groups) find(p.tool, g); // throws if missing
        const byGroup = groups.map((g) => find(p.tool, g).n ?? NaN);
        // Every surveyed worker answered about every published tool: 165 on slide 7.
        expect(byGroup.reduce((a, b) => a + b, 0)).toBe(figure('workers.t2.surveyed'));
      }
      // 7 tools × (3 groupings + all workers + published); scaling was not asked in 2017.
      expect(rows).toHaveLength(7 * 5);
      for (const r of rows) {
        expect({ ...r, sum: (r.all ?? NaN) + (r.some ?? NaN) + (r.none ?? NaN) }).toMatchObject({
          sum: 100,
        });
      }
    });

    it('follows the slide 14 pattern: only the new grouping has workers never using safety planning', () => {
      expect(find('safety-planning', 'two-years').none).toBe(0);
      expect(find('safety-planning', 'two-years-plus').none).toBe(0);
      expect(find('safety-planning', 'new').none).toBeGreaterThan(0);
    });

    it('renders what the library computes in node from the same seed (bundle = source)', () => {
      const data = synthesiseEvaluation({ seed: 2017 });
      const expected = usageShares(
        tallyUsage(data.surveyResponses, { study: SOS_2017, by: 'experience' }),
        { study: SOS_2017 },
      );
      // Tools nobody answered about (n = 0, scaling in 2017) are noted under the table, not rows.
      const answered = expected.filter((s) => s.n > 0);
      expect(expected.filter((s) => s.n === 0).map((s) => s.tool)).toEqual(
        expect.arrayContaining(['scaling']),
      );
      expect(answered.length).toBe(7 * 3 * 3); // 7 tools × 3 groupings × 3 levels
      for (const share of answered) {
        const row = find(share.tool, share.group);
        expect({
          tool: share.tool,
          group: share.group,
          level: share.level,
          percent: row[share.level],
          n: row.n,
        }).toEqual({
          tool: share.tool,
          group: share.group,
          level: share.level,
          percent: share.percent,
          n: share.n,
        });
      }
    });
  },
);
