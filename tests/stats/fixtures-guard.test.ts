import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { R_FIXTURE_DIR } from '../_support/r-fixtures.js';

const TESTS_DIR = fileURLToPath(new URL('..', import.meta.url));

function testSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name === 'fixtures' ? [] : testSources(path);
    return /\.ts$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('R fixtures', () => {
  it('are each loaded by some test', () => {
    const fixtures = readdirSync(R_FIXTURE_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    const sources = testSources(TESTS_DIR).join('\n');
    const loaded = new Set(
      [...sources.matchAll(/loadRFixture(?:<[^>]*>)?\(\s*['"`]([^'"`]+)['"`]/g)].map((m) => m[1]),
    );
    const unread = fixtures.filter((f) => !loaded.has(f));
    expect(unread, `fixtures no test loads: ${unread.join(', ')}`).toEqual([]);
  });
});
