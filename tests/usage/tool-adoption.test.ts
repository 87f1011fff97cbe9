import { describe, expect, it } from 'vitest';
import { toolAdoption, usageTallyFromCounts } from 'sos-eval/usage';

// Wilson limits are R's: prop.test(x, n, correct = FALSE, conf.level)$conf.int * 100.
describe('toolAdoption', () => {
  const tally = usageTallyFromCounts([
    { group: 'overall', tool: 'danger-statements', all: 79, some: 84, none: 2 },
    { group: 'overall', tool: 'family-network-meetings', all: 13, some: 68, none: 84, missing: 3 },
    { group: 'overall', tool: 'scaling', all: 0, some: 0, none: 0, missing: 165 },
  ]);

  it('counts workers using a tool with at least some families, out of those who answered', () => {
    const rows = toolAdoption(tally);
    // 79 + 84 = 163 of 165; 13 + 68 = 81 of 165 (3 missing, outside the denominator).
    expect(rows.map((r) => [r.tool, r.using, r.n, r.missing])).toEqual([
      ['danger-statements', 163, 165, 0],
      ['scaling', 0, 0, 165],
      ['family-network-meetings', 81, 165, 3],
    ]);
    // 100 × 163 / 165 = 98.7878…; 100 × 81 / 165 = 49.0909…
    expect(rows[0]!.percent).toBeCloseTo((100 * 163) / 165, 12);
    expect(rows[2]!.percent).toBeCloseTo((100 * 81) / 165, 12);
    // R: prop.test(163, 165, correct = FALSE) → 95.688765873593624 99.666960809020765
    expect(rows[0]!.lower).toBeCloseTo(95.688765873593624, 10);
    expect(rows[0]!.upper).toBeCloseTo(99.666960809020765, 10);
    // R: prop.test(81, 165, correct = FALSE) → 41.570949524930498 56.652235692163636
    expect(rows[2]!.lower).toBeCloseTo(41.570949524930498, 10);
    expect(rows[2]!.upper).toBeCloseTo(56.652235692163636, 10);
    expect(rows[1]).toMatchObject({ percent: null, lower: null, upper: null });
  });

  it('honours confLevel', () => {
    // R: prop.test(81, 165, correct = FALSE, conf.level = 0.9) → 42.755879461260292 55.455270904904474
    const row = toolAdoption(tally, { confLevel: 0.9 })[2]!;
    expect(row.lower).toBeCloseTo(42.755879461260292, 10);
    expect(row.upper).toBeCloseTo(55.455270904904474, 10);
  });

  it('rejects broken arguments, naming them', () => {
    expect(() => toolAdoption(tally, { confLevel: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.confLevel must be between 0 and 1 (exclusive), got 0]`,
    );
    expect(() => toolAdoption(null as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: tally must be a UsageTally ({ groups, issues }), got null]`,
    );
  });
});
