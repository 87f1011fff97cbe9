import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkSystemTool,
  CHROMIUM,
  JUPYTER,
  REQUIRE_SYSTEM_TOOLS,
} from '../_support/system-tools.js';
import { ROOT } from '../_support/run.js';
import { parseClosingLine, runVitest } from './_vitest-child.js';

// Tests that need Chromium or Jupyter from the system are skipped, with one line saying what to
// install, when the tool is missing, and fail instead under SOS_EVAL_REQUIRE_SYSTEM_TOOLS=1 (CI).
// Absence is simulated with a PATH of empty or fake folders and with CHROMIUM_PATH / JUPYTER
// pointing at files that do not exist, so these tests behave the same with or without the tools.

const DIR = mkdtempSync(join(tmpdir(), 'sos-eval-system-tools-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** A folder holding an executable shell script for each name. */
const binWith = (folder: string, ...names: string[]): string => {
  const bin = join(DIR, folder);
  mkdirSync(bin, { recursive: true });
  for (const n of names) {
    writeFileSync(join(bin, n), '#!/bin/sh\nexit 0\n');
    chmodSync(join(bin, n), 0o755);
  }
  return bin;
};
const EMPTY = binWith('empty');
const NOWHERE = join(DIR, 'does-not-exist');

describe('checkSystemTool', () => {
  it('finds a tool on PATH', () => {
    const bin = binWith('chromium-bin', 'chromium');
    expect(checkSystemTool(CHROMIUM, { PATH: `${EMPTY}:${bin}` })).toEqual({
      status: 'present',
      path: join(bin, 'chromium'),
    });
  });

  it('skips, saying what to install, when the tool is not on PATH', () => {
    const found = checkSystemTool(CHROMIUM, { PATH: EMPTY });
    expect(found).toMatchObject({ status: 'skip' });
    expect(found.status !== 'present' && found.message).toBe(
      'SKIPPED tests/browser/page.test.ts: Chromium is missing (`chromium` not on PATH); ' +
        'to run it, install it: apt-get install chromium',
    );
  });

  it(`fails instead when ${REQUIRE_SYSTEM_TOOLS}=1`, () => {
    const found = checkSystemTool(CHROMIUM, { PATH: EMPTY, [REQUIRE_SYSTEM_TOOLS]: '1' });
    expect(found).toMatchObject({ status: 'fail' });
    expect(found.status !== 'present' && found.message).toBe(
      `tests/browser/page.test.ts cannot run and ${REQUIRE_SYSTEM_TOOLS}=1: Chromium is missing ` +
        '(`chromium` not on PATH); install it: apt-get install chromium',
    );
  });

  it('a file that is not executable does not count', () => {
    const bin = binWith('not-executable');
    writeFileSync(join(bin, 'chromium'), '');
    chmodSync(join(bin, 'chromium'), 0o644);
    expect(checkSystemTool(CHROMIUM, { PATH: bin }).status).toBe('skip');
  });

  it('CHROMIUM_PATH replaces the PATH lookup, and a missing file there is a skip', () => {
    const bin = binWith('chromium-bin', 'chromium');
    const found = checkSystemTool(CHROMIUM, { PATH: bin, CHROMIUM_PATH: NOWHERE });
    expect(found).toMatchObject({ status: 'skip' });
    expect(found.status !== 'present' && found.missing).toBe(
      `Chromium is missing (CHROMIUM_PATH=${NOWHERE} is not an executable file)`,
    );
    const other = binWith('other-chromium', 'chrome');
    expect(
      checkSystemTool(CHROMIUM, { PATH: EMPTY, CHROMIUM_PATH: join(other, 'chrome') }),
    ).toEqual({ status: 'present', path: join(other, 'chrome') });
  });

  it('Jupyter needs both `jupyter` and `jupyter-nbconvert`', () => {
    const core = binWith('jupyter-core-only', 'jupyter');
    const found = checkSystemTool(JUPYTER, { PATH: core });
    expect(found).toMatchObject({ status: 'skip' });
    expect(found.status !== 'present' && found.message).toBe(
      'SKIPPED tests/notebook/notebook.test.ts: Jupyter nbconvert is missing ' +
        '(`jupyter-nbconvert` not on PATH); to run it, install it: ' +
        'apt-get install jupyter-nbconvert jupyter-client python3-ipykernel python3-nbclient',
    );
    const full = binWith('jupyter-full', 'jupyter', 'jupyter-nbconvert');
    expect(checkSystemTool(JUPYTER, { PATH: full })).toEqual({
      status: 'present',
      path: join(full, 'jupyter'),
    });
    // JUPYTER=/some/env/bin/jupyter finds jupyter-nbconvert beside it, as `jupyter` itself does.
    expect(checkSystemTool(JUPYTER, { PATH: EMPTY, JUPYTER: join(full, 'jupyter') })).toEqual({
      status: 'present',
      path: join(full, 'jupyter'),
    });
  });
});

// The two test files themselves, run by vitest in a child process with both tools made absent.
describe(
  'the browser and notebook tests without their tools',
  {
    timeout: 120_000,
  },
  () => {
    const FILES = [
      'tests/browser/page.test.ts',
      'tests/browser/report.test.ts',
      'tests/notebook/notebook.test.ts',
    ];
    const absent = { CHROMIUM_PATH: NOWHERE, JUPYTER: NOWHERE };

    it('are skipped, each with one line naming what to install, and the run passes', async () => {
      const r = await runVitest(['--project', 'dist', ...FILES], {
        ...absent,
        [REQUIRE_SYSTEM_TOOLS]: undefined,
      });
      const output = r.stdout + r.stderr;
      expect(r.code, output).toBe(0);
      const lines = output.split('\n').filter((l) => l.startsWith('!!! SKIPPED'));
      expect(lines.sort()).toEqual([
        `!!! SKIPPED tests/browser/page.test.ts: Chromium is missing (CHROMIUM_PATH=${NOWHERE} is not an executable file); to run it, install it: apt-get install chromium`,
        `!!! SKIPPED tests/browser/report.test.ts: Chromium is missing (CHROMIUM_PATH=${NOWHERE} is not an executable file); to run it, install it: apt-get install chromium`,
        expect.stringMatching(
          /^!!! SKIPPED tests\/notebook\/notebook\.test\.ts: Jupyter nbconvert is missing \(JUPYTER=.* is not an executable file.*\); to run it, install it: apt-get install jupyter-nbconvert jupyter-client python3-ipykernel python3-nbclient$/,
        ),
      ]);
      // Every test of the three files, none run.
      expect(parseClosingLine(r.closingLine)).toEqual({ passed: 0, failed: 0, skipped: 15 });
    });

    it(`fail, naming what is missing, when ${REQUIRE_SYSTEM_TOOLS}=1 (as .ci/run sets)`, async () => {
      const r = await runVitest(['--project', 'dist', ...FILES], {
        ...absent,
        [REQUIRE_SYSTEM_TOOLS]: '1',
      });
      const output = r.stdout + r.stderr;
      expect(r.code, output).toBe(1);
      expect(output).toContain(
        `tests/browser/page.test.ts cannot run and ${REQUIRE_SYSTEM_TOOLS}=1: Chromium is missing`,
      );
      expect(output).toContain(
        `tests/browser/report.test.ts cannot run and ${REQUIRE_SYSTEM_TOOLS}=1: Chromium is missing`,
      );
      expect(output).toContain(
        `tests/notebook/notebook.test.ts cannot run and ${REQUIRE_SYSTEM_TOOLS}=1: Jupyter nbconvert is missing`,
      );
      expect(output).not.toContain('!!! SKIPPED');
      expect(parseClosingLine(r.closingLine)).toEqual({ passed: 0, failed: 3, skipped: 0 });
    });
  },
);

it(`.ci/run sets ${REQUIRE_SYSTEM_TOOLS}=1 before npm test, so CI never skips them`, () => {
  const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
  expect(ci).toMatch(new RegExp(`^export ${REQUIRE_SYSTEM_TOOLS}=1$`, 'm'));
  expect(ci.indexOf(`export ${REQUIRE_SYSTEM_TOOLS}=1`)).toBeLessThan(ci.indexOf('npm test'));
});
