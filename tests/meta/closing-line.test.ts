import { describe, expect, it } from 'vitest';
import { parseClosingLine, runVitest } from './_vitest-child.js';

// tests/_support/closing-line-reporter.ts must say `0 failed` only when vitest passes the run.
// Each case runs vitest on deliberately broken files in tests/meta/fixtures/closing-line (named
// *.fixture.ts, so the repository's own run never picks them up) and reads the last line.

const CONFIG = 'tests/meta/fixtures/closing-line/vitest.config.ts';
const fixture = (name: string) => `${name}.fixture.ts`;

const vitestOn = async (...names: string[]) => {
  const r = await runVitest(['--config', CONFIG, ...names.map(fixture)]);
  return { code: r.code, counts: parseClosingLine(r.closingLine), output: r.stdout + r.stderr };
};

// Each case starts a vitest of its own: allow for a machine busy with the rest of the run.
describe(
  'the closing line counts every failure vitest fails the run for',
  { timeout: 60_000 },
  () => {
    it('a passing file: exit 0, `1 passed, 0 failed`', async () => {
      const r = await vitestOn('passing');
      expect(r.code, r.output).toBe(0);
      expect(r.counts).toEqual({ passed: 1, failed: 0, skipped: 0 });
    });

    it('a module that throws on import: exit 1, `1 failed`', async () => {
      const r = await vitestOn('throws-on-import');
      expect(r.output).toContain('fixture: this module throws on import');
      expect(r.code).toBe(1);
      expect(r.counts).toEqual({ passed: 0, failed: 1, skipped: 0 });
    });

    it("a suite whose beforeAll throws: exit 1, `1 failed` (its tests are skipped, the file's other test passes)", async () => {
      const r = await vitestOn('suite-before-all-throws');
      expect(r.output).toContain('fixture: beforeAll throws');
      expect(r.code).toBe(1);
      expect(r.counts).toEqual({ passed: 1, failed: 1, skipped: 2 });
    });

    it('a file-level beforeAll that throws: exit 1, `1 failed`', async () => {
      const r = await vitestOn('file-before-all-throws');
      expect(r.output).toContain('fixture: file-level beforeAll throws');
      expect(r.code).toBe(1);
      expect(r.counts).toEqual({ passed: 0, failed: 1, skipped: 1 });
    });

    it('an unhandled error after a passing test: exit 1, `1 failed`', async () => {
      const r = await vitestOn('unhandled-error');
      expect(r.output).toContain('fixture: unhandled rejection');
      expect(r.code).toBe(1);
      expect(r.counts).toEqual({ passed: 1, failed: 1, skipped: 0 });
    });

    it('all of them together: one failure each, and the passing file still counted', async () => {
      const r = await vitestOn(
        'passing',
        'throws-on-import',
        'suite-before-all-throws',
        'file-before-all-throws',
        'unhandled-error',
      );
      expect(r.code).toBe(1);
      expect(r.counts).toEqual({ passed: 3, failed: 4, skipped: 3 });
    });
  },
);
