import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVALUATION_2017, SOS_2017 } from 'sos-eval/reference';
import { CHROMIUM, systemTool } from '../_support/system-tools.js';
import { ROOT } from './build-browser-bundle.js';

// `npm run demo -- --html FILE` writes one self-contained page; here it is opened from disk
// (file://, no server) in headless Chromium (Debian's chromium via playwright-core; skipped with
// one line when missing, a failure under SOS_EVAL_REQUIRE_SYSTEM_TOOLS=1). The page must draw
// every chart with no console error and no request beyond the file itself, and the usage chart's
// bars, read back from the SVG vega-embed drew, must carry the published 2017 shares.

const CHROMIUM_BIN = systemTool({ ...CHROMIUM, neededBy: 'tests/browser/report.test.ts' });
const OUT = `${ROOT}/.tmp/browser`;
const FILE = `${OUT}/report.html`;
const SCREENSHOT_DIR = `${ROOT}/docs/images/report`;
const run = promisify(execFile);

const published = (id: string): number => {
  const f = EVALUATION_2017.figures.find((x) => x.id === id);
  if (f === undefined) throw new Error(`no published figure ${id}`);
  return f.value;
};

let browser: Browser;
let page: Page;
const problems: string[] = [];
const requests: string[] = [];

describe.skipIf(CHROMIUM_BIN === undefined)('the demo HTML report in headless Chromium', () => {
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'examples/demo.ts', '--html', FILE],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
    );
    expect(stderr).toBe('');
    expect(stdout).toContain(`Wrote ${FILE}`);
    browser = await chromium.launch({
      executablePath: CHROMIUM_BIN,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
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
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(FILE).href, { waitUntil: 'load' });
    await page.waitForSelector('#status[data-status="ready"], #status[data-status="error"]', {
      timeout: 60_000,
    });
    // The issue asks for a picture of the report under docs/, made by the build: `npm test`
    // writes it to docs/images/report/ (git-ignored, as a Chromium screenshot differs from machine
    // to machine, so a committed one could not be checked for being current).
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/report.png`, fullPage: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('draws every chart with no console error, no page error and no request but the file itself', async () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(FILE).href]);
    expect(await page.getAttribute('#status', 'data-status')).toBe('ready');
    expect(await page.textContent('#notice')).toContain('SYNTHETIC DATA');
    const charts = await page.$$eval('figure.chart', (figs) =>
      figs.map((fig) => {
        const el = fig.querySelector('.vega')!;
        const named = [el, ...el.querySelectorAll('[aria-label]')].map((e) =>
          e.getAttribute('aria-label'),
        );
        return {
          id: el.id,
          svg: el.querySelector('svg.marks') !== null,
          caption: fig.querySelector('figcaption')?.textContent ?? '',
          named,
        };
      }),
    );
    expect(charts.map((c) => c.id)).toEqual([
      'chart-usage',
      'chart-usage-by-experience',
      'chart-cohorts',
      'chart-drift',
      'chart-measures',
      'chart-measure-change',
    ]);
    for (const c of charts) {
      expect(c.svg, c.id).toBe(true);
      // The spec's description is the chart's accessible name, and its caption.
      expect(c.caption.length, c.id).toBeGreaterThan(40);
      expect(c.named, c.id).toContain(c.caption);
    }
  });

  it("the usage chart's bars carry the published 2017 shares (slides 14–17), tool by tool and level by level", async () => {
    const labels = await page.$$eval('#chart-usage svg [aria-roledescription="bar"]', (els) =>
      els.map((el) => el.getAttribute('aria-label') ?? ''),
    );
    const tools = EVALUATION_2017.surveyedTools;
    expect(labels).toHaveLength(tools.length * 3);
    for (const tool of tools) {
      const name = SOS_2017.tool(tool)!.name;
      for (const level of SOS_2017.usageLevels) {
        const label = labels.find((l) => l.startsWith(`${name}, All workers: ${level.label} `));
        expect(label, `${tool} ${level.id}`).toBeDefined();
        const percent = Number(/ (\d+(?:\.\d+)?)% \(/.exec(label!)![1]);
        expect({ tool, level: level.id, percent }).toEqual({
          tool,
          level: level.id,
          percent: published(`usage.${tool}.${level.id}`),
        });
      }
    }
    // Bars are drawn to scale: within each tool, segment widths follow the shares.
    const widths = await page.$$eval('#chart-usage svg [aria-roledescription="bar"]', (els) =>
      els.map((el) => (el as SVGGraphicsElement).getBBox().width),
    );
    const total = widths.slice(0, 3).reduce((a, b) => a + b, 0);
    const first = Number(/ (\d+)% \(/.exec(labels[0]!)![1]);
    expect(Math.abs(widths[0]! / total - first / 100)).toBeLessThan(0.01);
  });
});
