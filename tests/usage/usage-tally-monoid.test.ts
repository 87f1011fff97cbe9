import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { concatAll } from 'fp-ts/lib/Monoid.js';
import {
  tallyRows,
  tallyUsage,
  UsageTallyMonoid,
  usageTallyFromCounts,
  type UsageGrouping,
} from 'sos-eval/usage';
import { responseArb } from './arbitraries.js';

const M = UsageTallyMonoid;
const groupingArb = fc.constantFrom<UsageGrouping | undefined>(
  undefined,
  'pilot',
  'experienceGroup',
  'wave',
  'employment',
);
const tallyArb = fc
  .tuple(fc.array(responseArb, { maxLength: 12 }), groupingArb)
  .map(([rs, by]) => tallyUsage(rs, { by }));

describe('UsageTallyMonoid', () => {
  test.prop([
    fc.array(responseArb, { maxLength: 40 }),
    fc.array(fc.nat(40), { maxLength: 4 }),
    groupingArb,
  ])('tallies of a partition merge into the tally of the whole', (responses, cuts, by) => {
    const bounds = [
      ...new Set([0, ...cuts.map((c) => Math.min(c, responses.length)), responses.length]),
    ].sort((a, b) => a - b);
    const chunks = bounds.slice(1).map((end, k) => responses.slice(bounds[k], end));
    const merged = concatAll(M)(chunks.map((chunk) => tallyUsage(chunk, { by })));
    const whole = tallyUsage(responses, { by });
    // Counts agree exactly; issues agree except for chunk-relative indices (none arise here:
    // the generated responses are all valid apart from null employment under 'employment').
    expect(merged.groups).toEqual(whole.groups);
    expect(tallyRows(merged)).toEqual(tallyRows(whole));
    expect(merged.issues.map((i) => i.code)).toEqual(whole.issues.map((i) => i.code));
  });

  test.prop([tallyArb, tallyArb, tallyArb])('is associative', (a, b, c) => {
    expect(M.concat(M.concat(a, b), c)).toEqual(M.concat(a, M.concat(b, c)));
  });

  test.prop([tallyArb])('has the empty tally as identity on both sides', (a) => {
    expect(M.concat(a, M.empty)).toEqual(a);
    expect(M.concat(M.empty, a)).toEqual(a);
  });

  test.prop([tallyArb, tallyArb])('is commutative in its counts', (a, b) => {
    expect(M.concat(a, b).groups).toEqual(M.concat(b, a).groups);
  });

  test.prop([tallyArb, tallyArb])('leaves both inputs unchanged', (a, b) => {
    const before = [structuredClone(a), structuredClone(b)];
    M.concat(a, b);
    expect([a, b]).toEqual(before);
  });

  test.prop([tallyArb])('round-trips through tallyRows and usageTallyFromCounts', (a) => {
    expect(usageTallyFromCounts(tallyRows(a)).groups).toEqual(a.groups);
  });

  it('adds counts cell by cell and keeps groups and tools in a fixed order', () => {
    const left = usageTallyFromCounts([
      { group: 'b', tool: 'three-houses', all: 1, some: 2, none: 3, missing: 4 },
    ]);
    const right = usageTallyFromCounts([
      { group: 'a', tool: 'mapping', all: 1, some: 0, none: 0 },
      { group: 'b', tool: 'three-houses', all: 10, some: 20, none: 30, missing: 40 },
      { group: 'b', tool: 'mapping', all: 0, some: 1, none: 0 },
    ]);
    const merged = M.concat(left, right);
    // 1 + 10 = 11, 2 + 20 = 22, 3 + 30 = 33, 4 + 40 = 44.
    expect(merged.groups).toEqual({
      a: { mapping: { all: 1, some: 0, none: 0, missing: 0 } },
      b: {
        mapping: { all: 0, some: 1, none: 0, missing: 0 },
        'three-houses': { all: 11, some: 22, none: 33, missing: 44 },
      },
    });
    expect(Object.keys(merged.groups)).toEqual(['a', 'b']);
    expect(Object.keys(merged.groups.b!)).toEqual(['mapping', 'three-houses']);
    expect(M.empty).toEqual({ groups: {}, issues: [] });
  });
});
