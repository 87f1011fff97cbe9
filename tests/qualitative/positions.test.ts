import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { strToU8, zipSync } from 'fflate';
import { readQdpx } from 'sos-eval/qualitative';

const G = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const project = (selections: readonly (readonly [number, number])[]) => `<?xml version="1.0"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="positions (made up)">
  <CodeBook><Codes><Code guid="${G(1)}" name="c" isCodable="true"/></Codes></CodeBook>
  <Sources><TextSource guid="${G(2)}" name="s" plainTextPath="internal://s.txt">
${selections
  .map(
    ([a, b], i) =>
      `<PlainTextSelection guid="${G(100 + i)}" startPosition="${a}" endPosition="${b}"><Coding guid="${G(1000 + i)}"><CodeRef targetGUID="${G(1)}"/></Coding></PlainTextSelection>`,
  )
  .join('\n')}
  </TextSource></Sources>
</Project>`;

const textArb = fc.array(fc.constantFrom('a', ' ', 'é', '😀', '𝄞', '中', '\n'), {
  minLength: 1,
  maxLength: 60,
});

describe('positions: code points, or UTF-16 units when told', () => {
  test.prop([
    textArb.chain((chars) =>
      fc.tuple(
        fc.constant(chars),
        fc.array(
          fc
            .tuple(fc.nat(chars.length), fc.nat(chars.length))
            .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
          { maxLength: 6 },
        ),
      ),
    ),
  ])('each segment’s text is the code points it names, in either unit', ([chars, selections]) => {
    const text = chars.join('');
    const expected = selections.map(([a, b]) => chars.slice(a, b).join(''));
    const asCodePoints = readQdpx(
      zipSync({ 'project.qde': strToU8(project(selections)), 'sources/s.txt': strToU8(text) }),
    );
    expect(asCodePoints._tag === 'Right' && asCodePoints.right.segments.map((s) => s.text)).toEqual(
      expected,
    );
    // The same selections in UTF-16 units: the length in units of the code points before each end.
    const units = (k: number) => chars.slice(0, k).join('').length;
    const utf16 = selections.map(([a, b]) => [units(a), units(b)] as const);
    const asUnits = readQdpx(
      zipSync({ 'project.qde': strToU8(project(utf16)), 'sources/s.txt': strToU8(text) }),
      {
        positionUnit: 'utf-16',
      },
    );
    expect(
      asUnits._tag === 'Right' && asUnits.right.segments.map((s) => [s.start, s.end, s.text]),
    ).toEqual(selections.map(([a, b], i) => [a, b, expected[i]]));
  });
});
