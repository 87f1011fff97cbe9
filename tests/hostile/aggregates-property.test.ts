import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { compareCohorts, pairWaves, wavePanel } from 'sos-eval/longitudinal';
import { LSNS_6, scoreMeasure, tallyMeasure } from 'sos-eval/measures';
import { SOS_2017 } from 'sos-eval/reference';
import { detectDrift, scaleDivergence } from 'sos-eval/scaling';
import { tallyUsage, usageFromCaseRecords } from 'sos-eval/usage';
import { globalState, hostileRowsArb, materialise } from './_hostile-arbitraries.js';

// Issue 13: aggregates never throw on data — rows that are null, numbers, strings, holes, objects
// keyed by Object.prototype's members, throwing getters or revoked proxies are reported with
// their index — every row is accounted for, and nothing global changes.

const study = SOS_2017;
const familyArb = fc.constantFrom('F-1', 'F-2', 'constructor', '__proto__', 'toString', '');
const waveArb = fc.constantFrom('T1', 'T2', 'T3', 'valueOf', undefined);
const plausibleArb = fc.oneof(
  fc.record({
    familyId: familyArb,
    wave: waveArb,
    cohort: fc.constantFrom('cohort-1', 'cohort-2', 'hasOwnProperty', null),
    x: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(null)),
  }),
  fc.record({
    workerId: fc.constantFrom('SW-1', '__proto__', 'constructor'),
    pilotId: fc.constantFrom('suffolk', 'bristol', 'toString'),
    wave: waveArb,
    familyId: familyArb,
    toolsEvidenced: fc.constantFrom(['mapping'], [], undefined, ['constructor']),
    usage: fc.constantFrom({ mapping: 'all' }, { constructor: 'all' }, null),
  }),
  fc.record({
    caseId: familyArb,
    date: fc.constantFrom('2015-06-01', '2015-12-01', '2015-02-30'),
    score: fc.constantFrom(3, 3.5, 11, null),
    scoredBy: fc.constantFrom('worker', 'family', 'toString'),
  }),
);
const rowsArb = hostileRowsArb(plausibleArb);

/** The distinct row indices that issues with a one-element path point at. */
const rejectedRows = (issues: readonly { path: readonly (string | number)[] }[]) =>
  new Set(issues.filter((i) => i.path.length === 1).map((i) => i.path[0]));

describe('aggregates on hostile rows', () => {
  test.prop([rowsArb])('tallyUsage and usageFromCaseRecords never throw', (recipe) => {
    const rows = materialise(recipe);
    const before = globalState();
    for (const by of [
      undefined,
      'pilot',
      'wave',
      (r: { workerId: unknown }) => String(r.workerId),
    ]) {
      tallyUsage(rows as never[], { study, by: by as never });
    }
    const usage = usageFromCaseRecords(rows as never[], { study });
    // every worker's row counts families; no row both counted and rejected
    expect(Object.getPrototypeOf(usage.usage)).toBe(Object.prototype);
    expect(globalState()).toEqual(before);
  });

  test.prop([rowsArb])('tallyMeasure never throws; kept + rejected = rows', (recipe) => {
    const scored = scoreMeasure(LSNS_6, [3, 2, 2, 1, 1, 0]);
    const rows = materialise(recipe).map((r, i) => (i % 2 === 0 ? scored : r));
    const before = globalState();
    const tally = tallyMeasure(rows as never[]);
    const kept = tally.cells.reduce(
      (n, c) => n + c.missing + c.values.reduce((m, v) => m + v.count, 0),
      0,
    );
    // every issue of tallyMeasure is a row left out
    expect(kept + new Set(tally.issues.map((i) => i.path[0])).size).toBe(rows.length);
    expect(globalState()).toEqual(before);
  });

  test.prop([rowsArb])('pairWaves: 2 × paired + lost + joined + set aside = rows', (recipe) => {
    const rows = materialise(recipe);
    const before = globalState();
    const p = pairWaves(rows, { study, from: 'T1', to: 'T2' });
    expect(
      2 * p.paired.length + p.lost.length + p.joined.length + rejectedRows(p.issues).size,
    ).toBe(rows.length);
    const panel = wavePanel(rows, { study });
    const inPanel = panel.rows.reduce((n, r) => n + Object.keys(r.waves).length, 0);
    expect(inPanel + rejectedRows(panel.issues).size).toBe(rows.length);
    expect(globalState()).toEqual(before);
  });

  test.prop([rowsArb])('detectDrift, scaleDivergence and compareCohorts never throw', (recipe) => {
    const rows = materialise(recipe);
    const before = globalState();
    detectDrift(rows as never[]);
    scaleDivergence(rows as never[]);
    const c = compareCohorts(rows as { x: number }[], { study, measure: 'x', kind: 'scale' });
    // SOS_2017 has two cohorts: every row is in one of their samples or counted as missing
    expect(study.ids.cohorts).toHaveLength(2);
    expect(c.n + c.nMissing).toBe(rows.length);
    expect(globalState()).toEqual(before);
  });

  test.prop([rowsArb])('broken arguments still throw TypeError or RangeError', (recipe) => {
    const rows = materialise(recipe);
    expect(() => tallyUsage(rows as never[], {} as never)).toThrow(TypeError);
    expect(() => pairWaves(rows, { study, from: 'T1', to: 'T9' } as never)).toThrow(RangeError);
  });
});
