import { describe, expect, it } from 'vitest';
import { compareCohorts, compareGroups, pairWaves, wavePanel } from 'sos-eval/longitudinal';
import { defineStudy } from 'sos-eval/models';
import { detectDrift, scaleDivergence } from 'sos-eval/scaling';
import { tallyMeasure } from 'sos-eval/measures';
import { tallyRows, tallyUsage, usageFromCaseRecords } from 'sos-eval/usage';

// Issue 13: lookups keyed by user text are Maps or own-property checks, so a group, site, key or
// id called __proto__, constructor or toString is just a name; and every aggregate reports a row
// that is not a record (null, a number, a hole) or cannot be read as an issue with its index.

const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
const expectPrototypeUntouched = () => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(typeof {}.toString).toBe('function');
  expect({}.constructor).toBe(Object);
};

const study = defineStudy({
  id: 'prototype-shire',
  title: 'Names from Object.prototype',
  pilots: [
    { id: 'constructor', name: 'Constructor team', groups: { toString: 'early' } },
    { id: 'toString', name: 'ToString team' },
  ],
  groupings: [
    {
      id: 'toString',
      label: 'Adoption',
      levels: [
        { id: 'early', label: 'Early' },
        { id: 'late', label: 'Late' },
      ],
    },
  ],
  cohorts: [
    { id: 'constructor', referrals: { start: '2026-01-01', end: '2026-03-31' } },
    { id: 'toString', referrals: { start: '2026-04-01', end: '2026-06-30' } },
  ],
  waves: [
    { id: 'toString', label: 'First' },
    { id: 'constructor', label: 'Second' },
  ],
  tools: [
    { id: 'constructor', name: 'Constructor tool' },
    { id: 'valueOf', name: 'ValueOf tool' },
  ],
});

describe('names from Object.prototype', () => {
  it('a study whose ids are constructor and toString works, and groupOf reads own keys only', () => {
    expect(study.ids.pilots).toEqual(['constructor', 'toString']);
    expect(study.groupOf('constructor', 'toString')).toBe('early');
    expect(study.groupOf('toString', 'toString')).toBeNull();
    expect(study.pilot('hasOwnProperty')).toBeUndefined();
    const parsed = study.parseMany.workerSurveyResponse([
      {
        workerId: 'SW-1',
        pilotId: 'constructor',
        wave: 'toString',
        employment: 'permanent',
        trainingDays: 1,
        supervisionAligned: null,
        confidence: null,
        usage: { constructor: 'all', valueOf: null },
      },
      {
        workerId: 'SW-2',
        pilotId: 'hasOwnProperty',
        wave: 'valueOf',
        employment: 'permanent',
        trainingDays: 1,
        supervisionAligned: null,
        confidence: null,
        usage: { toString: 'all' },
      },
    ]);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.issues.map((i) => i.code).sort()).toEqual([
      'unknown_pilot',
      'unknown_tool',
      'unknown_wave',
    ]);
    expectPrototypeUntouched();
  });

  it('tallyUsage with a by function returning __proto__ and constructor keeps both groups', () => {
    const response = (workerId: string, answer: string) => ({
      workerId,
      pilotId: 'constructor',
      wave: 'toString',
      employment: 'permanent' as const,
      trainingDays: 1,
      supervisionAligned: null,
      confidence: null,
      usage: { constructor: answer },
    });
    const tally = tallyUsage([response('__proto__', 'all'), response('constructor', 'none')], {
      study,
      by: (r) => r.workerId,
    });
    const rows = tallyRows(tally, { study });
    const groups = [...new Set(rows.map((r) => r.group))];
    expect(groups).toEqual(['__proto__', 'constructor']);
    expect(rows.filter((r) => r.group === '__proto__' && r.tool === 'constructor')).toHaveLength(1);
    expect(tally.issues).toEqual([]);
    // the site's grouping called toString is read as the site's own level, not the method
    const bySite = tallyUsage([response('SW-1', 'all')], { study, by: 'toString' });
    expect(tallyRows(bySite, { study }).map((r) => r.group)).toContain('early');
    expectPrototypeUntouched();
  });

  it('wavePanel and pairWaves with family keys constructor, __proto__ and toString', () => {
    const records = ['constructor', '__proto__', 'toString'].flatMap((familyId) => [
      { familyId, wave: 'toString', x: 1 },
      { familyId, wave: 'constructor', x: 2 },
    ]);
    const panel = wavePanel(records, { study });
    expect(panel.rows.map((r) => r.key)).toEqual(['constructor', '__proto__', 'toString']);
    expect(panel.rows[0]!.waves).toEqual({
      toString: records[0],
      constructor: records[1],
    });
    expect(Object.hasOwn(panel.rows[0]!.waves, 'constructor')).toBe(true);
    expect(panel.issues).toEqual([]);
    const pairs = pairWaves(records, { study, from: 'toString', to: 'constructor' });
    expect(pairs.paired).toHaveLength(3);
    expect(pairs.issues).toEqual([]);
    expectPrototypeUntouched();
  });

  it('compareGroups by a grouping called toString reads each site’s own level', () => {
    const records = [
      { pilotId: 'constructor', x: 1 },
      { pilotId: 'constructor', x: 2 },
      { pilotId: 'toString', x: 3 },
    ];
    // The toString site has no level of the grouping: it must not be grouped under
    // Object.prototype.toString, so one group is left and compareGroups says so.
    expect(() =>
      compareGroups(records, { study, grouping: 'toString', measure: 'x', kind: 'scale' } as never),
    ).toThrow('at least 2 groups, got 1');
    expectPrototypeUntouched();
  });
});

const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const throwing = (): object =>
  Object.defineProperty({}, 'wave', {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });

describe('one behaviour for rows that are not records', () => {
  // eslint-disable-next-line no-sparse-arrays
  const bad = (): unknown[] => [null, 3, 'x', , revoked(), throwing()];
  const codes = (issues: readonly { path: readonly (string | number)[]; code: string }[]) =>
    issues.filter((i) => i.path.length === 1).map((i) => [i.path[0], i.code]);
  const expected = [
    [0, 'invalid_type'],
    [1, 'invalid_type'],
    [2, 'invalid_type'],
    [3, 'invalid_type'],
    [4, 'unreadable'],
  ];

  it('tallyUsage', () => {
    expect(codes(tallyUsage(bad() as never[], { study }).issues).slice(0, 5)).toEqual(expected);
  });
  it('usageFromCaseRecords', () => {
    const issues = usageFromCaseRecords(bad() as never[], { study }).issues;
    expect(codes(issues).slice(0, 5)).toEqual(expected);
  });
  it('tallyMeasure', () => {
    expect(codes(tallyMeasure(bad() as never[]).issues).slice(0, 5)).toEqual(expected);
  });
  it('pairWaves and wavePanel', () => {
    const p = pairWaves(bad(), { study, from: 'toString', to: 'constructor' });
    expect(codes(p.issues)).toEqual([...expected, [5, 'unreadable']]);
    expect(codes(wavePanel(bad(), { study }).issues)).toEqual([...expected, [5, 'unreadable']]);
  });
  it('detectDrift and scaleDivergence', () => {
    expect(codes(detectDrift(bad() as never[]).issues).slice(0, 5)).toEqual(expected);
    expect(codes(scaleDivergence(bad() as never[]).issues).slice(0, 5)).toEqual(expected);
  });
  it('compareCohorts', () => {
    const result = compareCohorts(bad() as { x: number }[], { study, measure: 'x', kind: 'scale' });
    expect(codes(result.issues).slice(0, 5)).toEqual(expected);
    expect(result.nMissing).toBe(6);
  });
});

describe('compareGroups on rows that are not records', () => {
  it('reports each with its index and counts it as missing', () => {
    const good = [
      { g: 'constructor', x: 1 },
      { g: 'constructor', x: 2 },
      { g: '__proto__', x: 3 },
      { g: '__proto__', x: 5 },
    ];
    // eslint-disable-next-line no-sparse-arrays
    const rows = [...good, null, , revoked()] as { g: string; x: number }[];
    rows.length = 7;
    const result = compareGroups(rows, { by: 'g', measure: 'x', kind: 'scale' } as never);
    const omnibus = Array.isArray(result) ? result[0]! : result;
    expect(
      omnibus.issues.filter((i) => i.path.length === 1).map((i) => [i.path[0], i.code]),
    ).toEqual([
      [4, 'invalid_type'],
      [5, 'invalid_type'],
      [6, 'unreadable'],
    ]);
    expect(omnibus.nMissing).toBe(3);
  });
});
