import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  codePointLength,
  checkConfigurationEvidence,
  CodebookSchema,
  CodedSegmentSchema,
  EmmieRatingSchema,
  parseCodebook,
  qualitativeModels,
  sliceCodePoints,
} from 'sos-eval/qualitative';
import { studyArb } from '../_support/study-arbitrary.js';
import { madeUpStudy } from './_fixtures.js';

const study = madeUpStudy();

const leftCodes = (r: { _tag: string; left?: readonly { code: string }[] }) =>
  r._tag === 'Left' ? r.left!.map((i) => i.code) : [];

describe('qualitativeModels', () => {
  const models = qualitativeModels(study);

  it('checks sources against the study', () => {
    const ok = {
      id: 'int-1',
      kind: 'interview',
      pilot: 'north',
      wave: 'end',
      role: 'social-worker',
      informants: ['SW-1'],
    };
    expect(models.parse.source(ok)._tag).toBe('Right');
    expect(
      leftCodes(models.parse.source({ ...ok, pilot: 'east', wave: 'middle', role: 'mayor' })),
    ).toEqual(['unknown_pilot', 'unknown_wave', 'unknown_role']);
    expect(leftCodes(models.parse.source({ ...ok, informants: ['Jane Smith'] }))).toEqual([
      'invalid_format',
    ]);
    expect(leftCodes(models.parse.source({ ...ok, name: 'x' }))).toEqual(['unrecognized_keys']);
    const many = models.parseMany.source([ok, { ...ok, kind: 'survey' }]);
    expect(many.rows).toHaveLength(1);
    expect(many.issues[0]!.path).toEqual([1, 'kind']);
  });

  it('rates self-profiling on the study’s scale', () => {
    const r = { pilot: 'south', wave: 'start', dimension: 'leadership', rating: 3 };
    expect(models.parse.selfProfilingRating(r)._tag).toBe('Right');
    expect(leftCodes(models.parse.selfProfilingRating({ ...r, rating: 6 }))).toEqual(['too_big']);
    expect(leftCodes(models.parse.selfProfilingRating({ ...r, rating: 2.5 }))).toEqual([
      'not_on_step',
    ]);
    const own = qualitativeModels(study, {
      scale: { min: 0, max: 10, step: 0.5 },
      dimensions: ['training'],
    });
    expect(own.parse.selfProfilingRating({ ...r, dimension: 'training', rating: 2.5 })._tag).toBe(
      'Right',
    );
    expect(leftCodes(own.parse.selfProfilingRating(r))).toEqual(['unknown_dimension']);
  });

  it('checks realist configurations’ site and wave', () => {
    const part = { statement: 'x', evidence: ['s1'] };
    const c = {
      id: 'cmo',
      context: part,
      mechanism: { resource: part, reasoning: part },
      outcome: part,
      confidence: 'high',
    };
    expect(models.parse.realistConfiguration(c)._tag).toBe('Right');
    expect(leftCodes(models.parse.realistConfiguration({ ...c, pilot: 'east' }))).toEqual([
      'unknown_pilot',
    ]);
    expect(leftCodes(models.parse.realistConfiguration({ ...c, confidence: 'certain' }))).toEqual([
      'invalid_value',
    ]);
  });

  it('names bad options', () => {
    expect(() => qualitativeModels({} as never)).toThrow(/study/);
    expect(() => qualitativeModels(study, { scale: 'nope' })).toThrow(/options\.scale/);
    expect(() => qualitativeModels(study, { roles: [] })).toThrow(/options\.roles/);
  });

  test.prop([studyArb, fc.nat(), fc.nat()])(
    'any study: its sites and waves pass, others do not',
    (s, p, w) => {
      const m = qualitativeModels(s);
      const pilot = s.ids.pilots[p % s.ids.pilots.length]!;
      const wave = s.ids.waves[w % s.ids.waves.length]!;
      const src = { id: 'x', kind: 'focus-group', pilot, wave, role: null, informants: [] };
      expect(m.parse.source(src)._tag).toBe('Right');
      expect(leftCodes(m.parse.source({ ...src, pilot: `${pilot}-not` }))).toEqual([
        'unknown_pilot',
      ]);
    },
  );
});

describe('codebook, segments, EMMIE', () => {
  it('a codebook refuses duplicate ids, unknown parents and cycles', () => {
    const code = (id: string, parentId: string | null) => ({
      id,
      name: id,
      parentId,
      codable: true,
    });
    const issues = (codes: unknown[]) => {
      const r = parseCodebook({ codes });
      return r._tag === 'Left' ? r.left.map((i) => i.code) : [];
    };
    expect(issues([code('a', null), code('a', null)])).toEqual(['duplicate_id']);
    expect(issues([code('a', 'z')])).toEqual(['unknown_parent']);
    expect(issues([code('a', 'b'), code('b', 'a')])).toEqual(['cyclic_parent', 'cyclic_parent']);
    expect(CodebookSchema.safeParse({ codes: [code('a', null), code('b', 'a')] }).success).toBe(
      true,
    );
  });

  it('a segment may not end before it starts', () => {
    const s = { id: 's', sourceId: 'x', codeId: 'c', start: 5, end: 4, coder: 'a' };
    const r = CodedSegmentSchema.safeParse(s);
    expect(r.success).toBe(false);
  });

  it('EMMIE quality is 0–4 on each dimension', () => {
    const q = (quality: number) => ({ quality });
    const r = {
      id: 'x',
      direction: 'mixed',
      effect: q(4),
      mechanisms: q(0),
      moderators: q(1),
      implementation: q(2),
      economics: q(3),
    };
    expect(EmmieRatingSchema.safeParse(r).success).toBe(true);
    expect(EmmieRatingSchema.safeParse({ ...r, economics: q(5) }).success).toBe(false);
  });

  test.prop([fc.string({ unit: 'binary' }), fc.nat(40), fc.nat(40)])(
    'sliceCodePoints agrees with slicing the array of code points',
    (text, a, b) => {
      const points = Array.from(text);
      expect(sliceCodePoints(text, a, b)).toBe(points.slice(a, Math.max(a, b)).join(''));
      expect(codePointLength(text)).toBe(points.length);
    },
  );
});

describe('checkConfigurationEvidence', () => {
  it('reports citations of unknown segments and parts with no evidence', () => {
    const part = (evidence: string[]) => ({ statement: 'x', evidence });
    const good = {
      id: 'ok',
      confidence: 'high' as const,
      context: part(['s1']),
      mechanism: { resource: part(['s1']), reasoning: part(['s2']) },
      outcome: part(['s2']),
    };
    const bad = { ...good, id: 'bad', context: part(['nope', 's1']), outcome: part([]) };
    const segments = ['s1', 's2'].map((id) => ({
      id,
      sourceId: 'a',
      codeId: 'c',
      start: 0,
      end: 1,
      coder: 'x',
    }));
    expect(checkConfigurationEvidence([good], segments)).toEqual([]);
    expect(checkConfigurationEvidence([good, bad], segments).map((i) => [i.path, i.code])).toEqual([
      [[1, 'context', 'evidence', 0], 'unknown_segment'],
      [[1, 'outcome', 'evidence'], 'no_evidence'],
    ]);
  });
});
