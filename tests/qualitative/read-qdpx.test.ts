import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { qdaRecords, readQdpx, type QdaProject } from 'sos-eval/qualitative';
import { madeUpStudy } from './_fixtures.js';

const DIR = fileURLToPath(new URL('../fixtures/qdpx/sample/', import.meta.url));
const file = (name: string): Uint8Array => new Uint8Array(readFileSync(join(DIR, name)));
const sample = (): Uint8Array =>
  zipSync({
    'project.qde': file('project.qde'),
    'sources/s1.txt': file('sources/s1.txt'),
    'sources/s2.txt': file('sources/s2.txt'),
  });

const read = (bytes: Uint8Array, options = {}): QdaProject => {
  const r = readQdpx(bytes, options);
  if (r._tag === 'Left') throw new Error(JSON.stringify(r.left));
  return r.right;
};

const C = (n: number) => `cccccccc-0000-4000-8000-00000000000${n}`;

describe('readQdpx: the hand-made sample', () => {
  const project = read(sample());

  it('reads users as coders: a pseudonymous name, else the GUID', () => {
    expect(project.name).toBe('Made-up key informant interviews');
    expect(project.origin).toBe('hand-made fixture');
    expect(project.users).toEqual([
      { id: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'coder-a', coder: 'coder-a' },
      {
        id: 'aaaaaaaa-0000-4000-8000-000000000002',
        name: 'Jane Example',
        coder: 'aaaaaaaa-0000-4000-8000-000000000002',
      },
    ]);
  });

  it('reads the codebook: braces and case normalised, booleans and colours as tools write them', () => {
    expect(project.codebook.codes).toEqual([
      {
        id: C(1),
        name: 'Barriers',
        description: 'Things that got in the way',
        colour: '#112233',
        parentId: null,
        codable: false,
      },
      { id: C(2), name: 'IT challenges', parentId: C(1), codable: true },
      { id: C(3), name: 'Intransigent managers', parentId: C(1), codable: true },
      {
        id: C(4),
        name: 'Senior management support',
        colour: '#00aa00',
        parentId: null,
        codable: true,
      },
    ]);
  });

  it('gives sources their own and their cases’ variables', () => {
    const [s1, s2, s3, s4] = project.sources;
    expect({ ...s1!.attributes }).toEqual({
      Pilot: 'North',
      Role: 'Senior manager',
      Informant: 'KI-01',
      Consented: true,
      Wave: 'Start',
    });
    expect(s2!.attributes['Wave']).toBe('End');
    expect(s3!.text).toBe('We never had the time for training. The managers would not budge.');
    expect({ ...s3!.attributes }).toEqual({ Pilot: 'south', Role: 'Social worker' });
    expect(s4!.text).toBeUndefined();
    expect(project.cases[0]!.sources).toHaveLength(2);
  });

  it('reads one segment per coding, positions in code points (the emoji counts once)', () => {
    expect(project.segments.map((s) => [s.codeId, s.coder, s.start, s.end, s.text])).toEqual([
      [C(2), 'coder-a', 56, 65, 'IT system'],
      [C(2), 'aaaaaaaa-0000-4000-8000-000000000002', 56, 65, 'IT system'],
      [C(4), 'coder-a', 14, 31, 'senior management'],
      [C(3), 'coder-a', 36, 65, 'The managers would not budge.'],
    ]);
  });

  it('reports what it set aside', () => {
    expect(project.issues.map((i) => i.code)).toEqual([
      'unknown_code',
      'position_out_of_range',
      'external_source',
    ]);
    expect(project.issues[2]!.message).toContain('absolute:///etc/passwd');
  });

  it('converts UTF-16 positions when told the writer used them', () => {
    // In UTF-16 the emoji is two units: 'senior management' starts at unit 15.
    const qde = new TextDecoder()
      .decode(file('project.qde'))
      .replace('startPosition="14" endPosition="31"', 'startPosition="15" endPosition="32"');
    const bytes = zipSync({
      'project.qde': strToU8(qde),
      'sources/s1.txt': file('sources/s1.txt'),
      'sources/s2.txt': file('sources/s2.txt'),
    });
    const p = read(bytes, { positionUnit: 'utf-16' });
    expect(p.segments[2]!.text).toBe('senior management');
    expect([p.segments[2]!.start, p.segments[2]!.end]).toEqual([14, 31]);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(project.segments[0])).toBe(true);
  });
});

describe('qdaRecords: the sample as a study’s records', () => {
  const study = madeUpStudy();
  const records = qdaRecords(read(sample()), {
    study,
    fields: { pilot: 'Pilot', wave: 'Wave', role: 'Role', informant: 'Informant' },
  });

  it('keeps the two sources with a site and a wave, and their segments', () => {
    expect(records.sources.map((s) => [s.pilot, s.wave, s.role, s.informants])).toEqual([
      ['north', 'start', 'senior-manager', ['KI-01']],
      ['north', 'end', 'senior-manager', ['KI-01']],
    ]);
    expect(records.segments).toHaveLength(3);
    expect(records.coders).toEqual(['aaaaaaaa-0000-4000-8000-000000000002', 'coder-a']);
  });

  it('says why the others were set aside', () => {
    expect(records.issues.map((i) => [i.path, i.code])).toEqual([
      [['sources', 2, 'wave'], 'missing_variable'],
      [['sources', 3, 'pilot'], 'missing_variable'],
      [['sources', 3, 'wave'], 'missing_variable'],
      [['sources', 2, 'wave'], 'unknown_wave'],
      [['sources', 3, 'pilot'], 'unknown_pilot'],
      [['sources', 3, 'wave'], 'unknown_wave'],
      [['sources', 2], 'segments_set_aside'],
    ]);
  });

  it('names the argument it cannot use', () => {
    expect(() => qdaRecords(read(sample()), { study, fields: {} as never })).toThrow(
      /options\.fields/,
    );
    expect(() =>
      qdaRecords(read(sample()), { study: {} as never, fields: { pilot: 'a', wave: 'b' } }),
    ).toThrow(/study/);
  });
});

// ---------------------------------------------------------------------------------------------
// Hostile archives, built here.

const leftCodes = (bytes: Uint8Array, options = {}): string[] => {
  const r = readQdpx(bytes, options);
  return r._tag === 'Left' ? r.left.map((i) => i.code) : ['(read)'];
};

const minimalQde = `<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"/>`;

describe('readQdpx: hostile archives are refused with an issue, never extracted', () => {
  it('not a zip, and no project', () => {
    expect(leftCodes(strToU8('hello'))).toEqual(['not_a_zip']);
    expect(leftCodes(zipSync({ 'other.txt': strToU8('x') }))).toEqual(['missing_project']);
  });

  it('a zip bomb: declared ratio above the limit', () => {
    const bomb = zipSync({ 'project.qde': new Uint8Array(20_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(leftCodes(bomb)).toEqual(['compression_ratio']);
  });

  it('a zip bomb: declared size above the entry limit', () => {
    const big = zipSync({ 'project.qde': new Uint8Array(3_000_000).fill(65) });
    expect(leftCodes(big, { limits: { maxEntryBytes: 1_000_000, maxRatio: 1e6 } })).toEqual([
      'entry_too_big',
    ]);
  });

  it('a zip bomb that lies about its size: inflation stops at the declared size', () => {
    const honest = zipSync({ 'project.qde': new Uint8Array(2_000_000).fill(32) });
    // Patch the central directory's uncompressed size (offset 24 of its entry) down to 1000.
    const bytes = honest.slice();
    const view = new DataView(bytes.buffer);
    let cd = -1;
    for (let i = bytes.length - 22; i >= 0; i--)
      if (view.getUint32(i, true) === 0x06054b50) {
        cd = view.getUint32(i + 16, true);
        break;
      }
    view.setUint32(cd + 24, 1000, true);
    expect(leftCodes(bytes, { limits: { maxRatio: 1e9 } })).toEqual(['size_mismatch']);
  });

  it('path traversal and absolute names', () => {
    for (const name of ['../evil.txt', 'sources/../../evil', '/etc/passwd', 'C:/x', 'a\\..\\b']) {
      const bytes = zipSync({ 'project.qde': strToU8(minimalQde), [name]: strToU8('x') });
      expect(leftCodes(bytes)).toEqual(['unsafe_path']);
    }
  });

  it('too many entries, and an archive above its byte limit', () => {
    const files: Record<string, Uint8Array> = { 'project.qde': strToU8(minimalQde) };
    for (let i = 0; i < 20; i++) files[`sources/${i}.txt`] = strToU8('x');
    expect(leftCodes(zipSync(files), { limits: { maxEntries: 10 } })).toEqual(['too_many_entries']);
    expect(leftCodes(zipSync(files), { limits: { maxArchiveBytes: 100 } })).toEqual([
      'archive_too_big',
    ]);
  });

  it('a corrupted entry fails its CRC', () => {
    const bytes = zipSync({ 'project.qde': strToU8(minimalQde) }, { level: 0 });
    const at = new TextDecoder('latin1').decode(bytes).indexOf('name="x"');
    bytes[at + 6] = 'y'.charCodeAt(0);
    expect(leftCodes(bytes)).toEqual(['crc_mismatch']);
  });

  it('XML with a DOCTYPE (billion laughs), too deep, too big, or not a project', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><Project xmlns="urn:QDA-XML:project:1.0">&lol2;</Project>`;
    expect(leftCodes(zipSync({ 'project.qde': strToU8(laughs) }))).toEqual(['xml_doctype']);
    const deep = `<Project xmlns="urn:QDA-XML:project:1.0">${'<a>'.repeat(100)}${'</a>'.repeat(100)}</Project>`;
    expect(leftCodes(zipSync({ 'project.qde': strToU8(deep) }))).toEqual(['xml_too_deep']);
    expect(
      leftCodes(zipSync({ 'project.qde': strToU8(minimalQde) }), { limits: { maxXmlChars: 10 } }),
    ).toEqual(['xml_too_big']);
    const many = `<Project xmlns="urn:QDA-XML:project:1.0">${'<a/>'.repeat(200)}</Project>`;
    expect(
      leftCodes(zipSync({ 'project.qde': strToU8(many) }), { limits: { maxXmlElements: 100 } }),
    ).toEqual(['xml_too_big']);
    expect(leftCodes(zipSync({ 'project.qde': strToU8('<CodeBook/>') }))).toEqual([
      'not_a_project',
    ]);
    expect(leftCodes(zipSync({ 'project.qde': strToU8('<Project><') }))).toEqual(['invalid_xml']);
  });

  it('overlapping entries (a zip bomb that reuses one compressed stream)', () => {
    const one = zipSync(
      { 'project.qde': strToU8(minimalQde), 'b.txt': strToU8('hello') },
      { level: 0 },
    );
    const view = new DataView(one.buffer);
    let eocd = -1;
    for (let i = one.length - 22; i >= 0; i--)
      if (view.getUint32(i, true) === 0x06054b50) {
        eocd = i;
        break;
      }
    const cd = view.getUint32(eocd + 16, true);
    // Point the second central entry's local header at the first one.
    const second =
      cd +
      46 +
      view.getUint16(cd + 28, true) +
      view.getUint16(cd + 30, true) +
      view.getUint16(cd + 32, true);
    view.setUint32(second + 42, 0, true);
    expect(leftCodes(one)).toContain('overlapping_entries');
  });

  it('arguments are checked', () => {
    expect(() => readQdpx('x' as never)).toThrow(TypeError);
    expect(() => readQdpx(sample(), { limits: { maxRatio: -1 } })).toThrow(
      /options\.limits\.maxRatio/,
    );
    expect(() => readQdpx(sample(), { positionUnit: 'byte' as never })).toThrow(
      /options\.positionUnit/,
    );
  });
});
