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

// Names passed as string literals to loadRFixture, skipping a type argument that may span lines and
// nest angle brackets (loadRFixture<Array<Case>>('name')).
function fixtureNamesLoaded(source: string): Set<string> {
  const names = new Set<string>();
  for (const match of source.matchAll(/loadRFixture\b/g)) {
    let i = (match.index ?? 0) + match[0].length;
    if (source[i] === '<') {
      let depth = 0;
      for (; i < source.length; i++) {
        if (source[i] === '<') depth++;
        else if (source[i] === '>' && source[i - 1] !== '=' && --depth === 0) break;
      }
      i++;
    }
    const call = /^\s*\(\s*['"`]([^'"`]+)['"`]/.exec(source.slice(i));
    if (call?.[1] !== undefined) names.add(call[1]);
  }
  return names;
}

describe('R fixtures', () => {
  it('are each loaded by some test', () => {
    const fixtures = readdirSync(R_FIXTURE_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    const sources = testSources(TESTS_DIR).join('\n');
    const loaded = fixtureNamesLoaded(sources);
    const unread = fixtures.filter((f) => !loaded.has(f));
    expect(unread, `fixtures no test loads: ${unread.join(', ')}`).toEqual([]);
  });

  it('finds names behind multi-line, nested type arguments', () => {
    const source =
      "loadRFixture<\n  Array<Case> & { a: 1 }\n>('a-b'); loadRFixture(`c`); loadRFixture<X>(name)";
    expect([...fixtureNamesLoaded(source)]).toEqual(['a-b', 'c']);
  });
});
