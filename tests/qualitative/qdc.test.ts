import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { readQdc, writeQdc, type Code, type Codebook } from 'sos-eval/qualitative';

const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/);
// Printable text, spaces and newlines included, and characters beyond the BMP.
const textArb = fc
  .string({
    unit: fc.constantFrom('a', 'Z', ' ', '\n', '\t', '&', '<', '>', '"', "'", 'é', '😀', '‘'),
    minLength: 1,
    maxLength: 30,
  })
  .filter((s) => s.trim() !== '');

// A codebook listed parents first, as readQdc lists it: each code's parent is an earlier code.
const codebookArb: fc.Arbitrary<Codebook> = fc
  .uniqueArray(idArb, { minLength: 0, maxLength: 12 })
  .chain((ids) =>
    fc.tuple(
      fc.constant(ids),
      fc.array(fc.nat(), { minLength: ids.length, maxLength: ids.length }),
      fc.array(
        fc.record({
          name: textArb,
          description: fc.option(textArb, { nil: undefined }),
          colour: fc.option(fc.stringMatching(/^#[0-9a-f]{6}$/), { nil: undefined }),
          codable: fc.boolean(),
        }),
        { minLength: ids.length, maxLength: ids.length },
      ),
      fc.option(textArb, { nil: undefined }),
    ),
  )
  .map(([ids, parents, details, origin]) => {
    // Build a tree, then list it depth first so the order is what writing and reading keep.
    const parentOf = ids.map((_, i) =>
      i === 0 || parents[i]! % 3 === 0 ? null : ids[parents[i]! % i]!,
    );
    const codes: Code[] = [];
    const visit = (parent: string | null): void => {
      ids.forEach((id, i) => {
        if (parentOf[i] !== parent) return;
        const d = details[i]!;
        codes.push({
          id,
          name: d.name,
          ...(d.description === undefined ? {} : { description: d.description }),
          ...(d.colour === undefined ? {} : { colour: d.colour }),
          parentId: parent,
          codable: d.codable,
        });
        visit(id);
      });
    };
    visit(null);
    return { ...(origin === undefined ? {} : { origin }), codes };
  });

describe('.qdc round trip', () => {
  test.prop([codebookArb])('a codebook written and read back equals the codebook', (codebook) => {
    const back = readQdc(writeQdc(codebook));
    expect(back._tag).toBe('Right');
    if (back._tag === 'Right') {
      expect(back.right.issues).toEqual([]);
      expect(back.right.codebook).toEqual(codebook);
    }
  });

  test.prop([codebookArb])('reading bytes is reading text', (codebook) => {
    const xml = writeQdc(codebook);
    expect(readQdc(new TextEncoder().encode(xml))).toEqual(readQdc(xml));
  });

  it('GUIDs round trip in lower case', () => {
    const codebook = {
      codes: [
        {
          id: '6f3c1b3a-0e6e-4e43-9d8a-1b2c3d4e5f60',
          name: 'Barriers',
          parentId: null,
          codable: false,
        },
        {
          id: '2b7a9c10-1111-4a2b-8c3d-000000000001',
          name: 'IT',
          parentId: '6f3c1b3a-0e6e-4e43-9d8a-1b2c3d4e5f60',
          codable: true,
        },
      ],
    };
    const back = readQdc(writeQdc(codebook, { origin: 'test' }));
    expect(back._tag === 'Right' && back.right.codebook).toEqual({ origin: 'test', ...codebook });
  });

  it('writes the REFI-QDA codebook namespace, nested codes and required isCodable', () => {
    const xml = writeQdc({
      codes: [
        { id: 'a', name: 'A', parentId: null, codable: false },
        { id: 'b', name: 'B', parentId: 'a', codable: true },
      ],
    });
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0">');
    expect(xml).toMatch(
      /<Code guid="a" name="A" isCodable="false">\s*<Code guid="b" name="B" isCodable="true"\/>\s*<\/Code>/,
    );
  });

  it('control characters XML cannot carry are written as U+FFFD', () => {
    const back = readQdc(
      writeQdc({ codes: [{ id: 'a', name: 'A\u0001B', parentId: null, codable: true }] }),
    );
    expect(back._tag === 'Right' && back.right.codebook.codes[0]!.name).toBe('A\uFFFDB');
  });

  it('refuses an invalid codebook, naming the problem', () => {
    expect(() =>
      writeQdc({ codes: [{ id: 'a', name: 'A', parentId: 'missing', codable: true }] }),
    ).toThrow(/codebook.*parent "missing"/);
  });
});

describe('readQdc: what tools write, and what is set aside', () => {
  it('repairs and reports', () => {
    const xml = `<?xml version="1.0"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0">
  <Codes>
    <Code guid="not a guid!" name="Lost"><Code guid="c1" name="Lost child" isCodable="true"/></Code>
    <Code guid="c2" name="" isCodable="yes"/>
    <Code guid="c2" name="Duplicate" isCodable="true"/>
  </Codes>
</CodeBook>`;
    const r = readQdc(xml);
    expect(r._tag).toBe('Right');
    if (r._tag !== 'Right') return;
    expect(r.right.codebook.codes).toEqual([
      { id: 'c2', name: 'c2', parentId: null, codable: true },
    ]);
    expect(r.right.issues.map((i) => i.code)).toEqual([
      'invalid_guid',
      'missing_name',
      'invalid_boolean',
      'duplicate_id',
    ]);
    expect(r.right.issues[0]!.message).toContain('1 code(s) below it');
  });

  it('refuses what is not a codebook', () => {
    const codes = (x: string) => {
      const r = readQdc(x);
      return r._tag === 'Left' ? r.left.map((i) => i.code) : [];
    };
    expect(codes('<Project xmlns="urn:QDA-XML:project:1.0"/>')).toEqual(['not_a_codebook']);
    expect(codes('<CodeBook')).toEqual(['invalid_xml']);
    expect(codes('<!DOCTYPE x [<!ENTITY a "b">]><CodeBook/>')).toEqual(['xml_doctype']);
    expect(codes('')).toEqual(['invalid_xml']);
    expect(readQdc('<CodeBook/>', { maxChars: 5 })._tag).toBe('Left');
  });
});
