import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { AnyStudy } from 'sos-eval/models';
import { clopperPearsonInterval, cohensKappa } from 'sos-eval/stats';
import {
  codeCoOccurrence,
  coderAgreement,
  krippendorffAlpha,
  themeChange,
  themePrevalence,
  type CodedSegment,
  type Source,
} from 'sos-eval/qualitative';
import { studyArb } from '../_support/study-arbitrary.js';
import { madeUpStudy } from './_fixtures.js';

const ROLES = ['senior-manager', 'practice-lead', 'social-worker'] as const;
const CODES = ['it', 'managers', 'support', 'time'] as const;

// Random sources of a random study, informants from a small pool so some are seen at two waves.
const recordsArb = (study: AnyStudy) =>
  fc
    .array(
      fc.record({
        pilot: fc.constantFrom(...study.ids.pilots),
        wave: fc.constantFrom(...study.ids.waves),
        role: fc.constantFrom(...ROLES),
        informant: fc.integer({ min: 0, max: 9 }),
        codes: fc.subarray([...CODES]),
      }),
      { minLength: 1, maxLength: 30 },
    )
    .map((rows) => {
      const sources: Source[] = rows.map((r, i) => ({
        id: `src-${i}`,
        kind: 'interview',
        pilot: r.pilot,
        wave: r.wave,
        role: r.role,
        informants: [`KI-${r.informant}`],
      }));
      const segments: CodedSegment[] = rows.flatMap((r, i) =>
        r.codes.flatMap((code, k) =>
          // Some codes twice in a source: a source still mentions a theme once.
          Array.from({ length: 1 + (k % 2) }, (_, j) => ({
            id: `seg-${i}-${k}-${j}`,
            sourceId: `src-${i}`,
            codeId: code,
            start: j,
            end: j + 3,
            coder: 'coder-a',
          })),
        ),
      );
      return { sources, segments };
    });

const withRecords = studyArb.chain((study) => fc.tuple(fc.constant(study), recordsArb(study)));

describe('themePrevalence', () => {
  test.prop([withRecords])(
    'any study: counts by pilot and wave match a count done here',
    ([study, records]) => {
      const rows = themePrevalence(records, { study, codes: [...CODES] });
      for (const row of rows) {
        // Independent count: the sources of the cell, and which of them carry a segment of the code.
        const inCell = records.sources.filter((s) => s.pilot === row.pilot && s.wave === row.wave);
        const mentioning = inCell.filter((s) =>
          records.segments.some((g) => g.sourceId === s.id && g.codeId === row.code),
        ).length;
        expect([row.mentioning, row.total]).toEqual([mentioning, inCell.length]);
        const ci = clopperPearsonInterval(mentioning, inCell.length);
        expect([row.lower, row.upper]).toEqual([ci.lower, ci.upper]);
      }
      // Every code in every non-empty cell, and cells in the study's order of sites, then waves.
      const cells = new Set(records.sources.map((s) => `${s.pilot}|${s.wave}`));
      expect(rows).toHaveLength(cells.size * CODES.length);
      const order = rows
        .filter((r) => r.code === 'it')
        .map((r) => study.ids.pilots.indexOf(r.pilot!) * 100 + study.ids.waves.indexOf(r.wave!));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    },
  );

  test.prop([withRecords])('any study: counting informants by role', ([study, records]) => {
    const rows = themePrevalence(records, {
      study,
      by: ['role'],
      unit: 'informant',
      codes: ['it'],
    });
    for (const row of rows) {
      const ofRole = records.sources.filter((s) => s.role === row.role);
      const informants = new Set(ofRole.flatMap((s) => s.informants));
      const mentioning = new Set(
        ofRole
          .filter((s) => records.segments.some((g) => g.sourceId === s.id && g.codeId === 'it'))
          .flatMap((s) => s.informants),
      );
      expect([row.mentioning, row.total]).toEqual([mentioning.size, informants.size]);
    }
  });

  it('counts sub-codes with includeDescendants, and names codes from the codebook', () => {
    const study = madeUpStudy([{ id: 'north', name: 'North' }]);
    const codebook = {
      codes: [
        { id: 'barriers', name: 'Barriers', parentId: null, codable: false },
        { id: 'it', name: 'IT challenges', parentId: 'barriers', codable: true },
      ],
    };
    const src = (id: string): Source => ({
      id,
      kind: 'interview',
      pilot: 'north',
      wave: 'start',
      role: null,
      informants: [],
    });
    const records = {
      sources: [src('a'), src('b'), src('c'), src('d')],
      segments: [{ id: 's', sourceId: 'a', codeId: 'it', start: 0, end: 1, coder: 'x' }],
    };
    const [row] = themePrevalence(records, {
      study,
      by: [],
      codes: ['barriers'],
      codebook,
      includeDescendants: true,
    });
    expect(row).toMatchObject({
      code: 'barriers',
      codeName: 'Barriers',
      mentioning: 1,
      total: 4,
      share: 0.25,
    });
    // R: binom.test(1, 4)$conf.int = 0.006309463 0.805879550
    expect(row!.lower).toBeCloseTo(0.006309463, 8);
    expect(row!.upper).toBeCloseTo(0.80587955, 8);
    expect(() => themePrevalence(records, { study, includeDescendants: true })).toThrow(/codebook/);
    expect(() => themePrevalence(records, { study, by: ['site' as never] })).toThrow(
      /options\.by\[0\]/,
    );
    expect(() => themePrevalence(records, { study: {} as never })).toThrow(/options\.study/);
  });
});

describe('themeChange', () => {
  test.prop([withRecords])(
    'any study: the paired table adds up, from a count done here',
    ([study, records]) => {
      const [from, to] = [study.ids.waves[0]!, study.ids.waves[1]!];
      const rows = themeChange(records, { study, from, to, codes: ['it'] });
      const at = (informant: string, wave: string) =>
        records.sources.filter((s) => s.wave === wave && s.informants.includes(informant));
      const said = (srcs: Source[]) =>
        srcs.some((s) => records.segments.some((g) => g.sourceId === s.id && g.codeId === 'it'));
      const informants = [...new Set(records.sources.flatMap((s) => s.informants))].filter(
        (k) => at(k, from).length > 0 && at(k, to).length > 0,
      );
      const fromOnly = informants.filter((k) => said(at(k, from)) && !said(at(k, to))).length;
      const toOnly = informants.filter((k) => !said(at(k, from)) && said(at(k, to))).length;
      expect(rows[0]).toMatchObject({ informants: informants.length, fromOnly, toOnly });
      expect(rows[0]!.both + rows[0]!.fromOnly + rows[0]!.toOnly + rows[0]!.neither).toBe(
        informants.length,
      );
      if (fromOnly + toOnly === 0) expect(rows[0]!.pValue).toBeNaN();
      else expect(rows[0]!.pValue).toBeGreaterThan(0);
    },
  );

  it('asymptotic McNemar on request; R: mcnemar.test(matrix(c(1, 6, 1, 2), 2)) gives 2.2857, p 0.1306', () => {
    const study = madeUpStudy([{ id: 'north', name: 'North' }]);
    // 10 informants: both 1, start only 1, end only 6, neither 2 → table [[1, 1], [6, 2]].
    const pattern = [
      [true, true],
      [true, false],
      ...Array.from({ length: 6 }, () => [false, true]),
      [false, false],
      [false, false],
    ];
    const sources: Source[] = [];
    const segments: CodedSegment[] = [];
    pattern.forEach(([a, b], k) => {
      (['start', 'end'] as const).forEach((wave, w) => {
        const id = `k${k}-${wave}`;
        sources.push({
          id,
          kind: 'interview',
          pilot: 'north',
          wave,
          role: null,
          informants: [`k${k}`],
        });
        if ([a, b][w])
          segments.push({
            id: `g-${id}`,
            sourceId: id,
            codeId: 'support',
            start: 0,
            end: 1,
            coder: 'x',
          });
      });
    });
    const [row] = themeChange(
      { sources, segments },
      { study, from: 'start', to: 'end', exact: false },
    );
    // (|1 − 6| − 1)² / 7 = 16/7
    expect(row!.statistic).toBeCloseTo(16 / 7, 12);
    expect(row!.pValue).toBeCloseTo(0.13057, 6);
    expect([row!.shareFrom, row!.shareTo]).toEqual([0.2, 0.7]);
    expect(() => themeChange({ sources, segments }, { study, from: 'start', to: 'start' })).toThrow(
      /options\.to/,
    );
    expect(() => themeChange({ sources, segments }, { study, from: 'start', to: 'later' })).toThrow(
      /options\.to/,
    );
  });
});

describe('codeCoOccurrence', () => {
  test.prop([withRecords])('by source: both + onlyA = sources with A', ([, records]) => {
    const rows = codeCoOccurrence(records, { codes: [...CODES] });
    expect(rows).toHaveLength((CODES.length * (CODES.length - 1)) / 2);
    for (const r of rows) {
      const withCode = (c: string) =>
        new Set(records.segments.filter((g) => g.codeId === c).map((g) => g.sourceId));
      const a = withCode(r.codeA);
      const b = withCode(r.codeB);
      expect(r.both).toBe([...a].filter((s) => b.has(s)).length);
      expect(r.both + r.onlyA).toBe(a.size);
      expect(r.both + r.onlyB).toBe(b.size);
    }
  });
});

describe('coderAgreement', () => {
  const seg = (sourceId: string, codeId: string, coder: string): CodedSegment => ({
    id: `${sourceId}-${codeId}-${coder}`,
    sourceId,
    codeId,
    start: 0,
    end: 1,
    coder,
  });

  test.prop([fc.array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 40 })])(
    'two coders: kappa is cohensKappa of the 2 × 2 table, agreement counted here',
    (decisions) => {
      // Each source gets a filler code from both coders so that it counts as double-coded.
      const segments = decisions.flatMap(([a, b], i) => [
        seg(`s${i}`, 'filler', 'A'),
        seg(`s${i}`, 'filler', 'B'),
        ...(a ? [seg(`s${i}`, 'it', 'A')] : []),
        ...(b ? [seg(`s${i}`, 'it', 'B')] : []),
      ]);
      const [row] = coderAgreement(segments, { codes: ['it'] });
      const yy = decisions.filter(([a, b]) => a && b).length;
      const yn = decisions.filter(([a, b]) => a && !b).length;
      const ny = decisions.filter(([a, b]) => !a && b).length;
      const nn = decisions.length - yy - yn - ny;
      expect(row!.units).toBe(decisions.length);
      expect(row!.percentAgreement).toBeCloseTo((yy + nn) / decisions.length, 14);
      const degenerate = (yy + yn === 0 || nn + ny === 0) && yy + yn === yy + ny;
      if (degenerate) expect(row!.kappa).toBeNaN();
      else
        expect(row!.kappa).toBeCloseTo(
          cohensKappa([
            [yy, yn],
            [ny, nn],
          ]).kappa,
          12,
        );
      const alpha = krippendorffAlpha([
        decisions.map(([a]) => (a ? 1 : 0)),
        decisions.map(([, b]) => (b ? 1 : 0)),
      ]).alpha;
      if (Number.isNaN(alpha)) expect(row!.alpha).toBeNaN();
      else expect(row!.alpha).toBeCloseTo(alpha, 12);
    },
  );

  it('three coders: alpha and agreement, no kappa', () => {
    const segments = [
      seg('s1', 'it', 'A'),
      seg('s1', 'it', 'B'),
      seg('s1', 'it', 'C'),
      seg('s2', 'x', 'A'),
      seg('s2', 'x', 'B'),
      seg('s2', 'it', 'C'),
      seg('s3', 'x', 'A'),
      seg('s3', 'x', 'B'),
      seg('s3', 'x', 'C'),
    ];
    const [row] = coderAgreement(segments, { codes: ['it'] });
    expect(row).toMatchObject({ units: 3, agreed: 2 });
    expect(row!.kappa).toBeNaN();
    // Coincidences of [[1,0,0],[1,0,0],[1,1,0]]: unit 1 o_11 = 3·2/2 = 3; unit 2 o_00 = 2·1/2 = 1,
    // o_01 = o_10 = 2·1/2 = 1; unit 3 o_00 = 3. n = 9, n_0 = 5, n_1 = 4.
    // α = 1 − (n − 1)(o_01 + o_10) / (2 n_0 n_1) = 1 − 8 · 2 / 40 = 0.6
    expect(row!.alpha).toBeCloseTo(0.6, 12);
    expect(() => coderAgreement(segments, { coders: ['A'] })).toThrow(/options\.coders/);
  });
});
