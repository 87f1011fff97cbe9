import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { zipSync } from 'fflate';
import { readQdc, readQdpx } from 'sos-eval/qualitative';

const DIR = new URL('../fixtures/qdpx/sample/', import.meta.url);
const file = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, DIR)));
const archive = (level: 0 | 6) =>
  zipSync(
    {
      'project.qde': file('project.qde'),
      'sources/s1.txt': file('sources/s1.txt'),
      'sources/s2.txt': file('sources/s2.txt'),
    },
    { level },
  );
const ARCHIVES = [archive(0), archive(6)];

const isEither = (r: { _tag: string }): boolean => r._tag === 'Left' || r._tag === 'Right';

describe('hostile input never throws', () => {
  test.prop([
    fc.constantFrom(0, 1),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
  ])('a valid archive with bytes flipped is read or refused, never thrown', (which, flips) => {
    const bytes = ARCHIVES[which]!.slice();
    for (const [at, value] of flips) bytes[at % bytes.length] = value;
    expect(isEither(readQdpx(bytes))).toBe(true);
  });

  test.prop([fc.constantFrom(0, 1), fc.nat()])('a truncated archive is refused', (which, cut) => {
    const whole = ARCHIVES[which]!;
    const bytes = whole.slice(0, cut % whole.length);
    expect(readQdpx(bytes)._tag).toBe('Left');
  });

  test.prop([fc.uint8Array({ maxLength: 2000 })])('random bytes are refused', (bytes) => {
    expect(readQdpx(bytes)._tag).toBe('Left');
  });

  test.prop([fc.string({ maxLength: 300 })])('readQdc reads or refuses any text', (text) => {
    expect(isEither(readQdc(text))).toBe(true);
    const wrapped = `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${text}</Codes></CodeBook>`;
    expect(isEither(readQdc(wrapped))).toBe(true);
  });
});
