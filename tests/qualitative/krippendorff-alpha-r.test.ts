import { describe, it } from 'vitest';
import { krippendorffAlpha, type AlphaLevel } from 'sos-eval/qualitative';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

// tests/fixtures/r/cases/92-krippendorff-alpha.R computes alpha in R from its pairwise definition
// (every pair of values, not a coincidence matrix): the two published examples at every level and
// 40 random matrices with missing values.
interface AlphaCase {
  name: string;
  level: AlphaLevel;
  data: (number | null)[][];
  alpha: number;
}

const fixture = loadRFixture<AlphaCase>('krippendorff-alpha');

describe('krippendorffAlpha agrees with R at relative 1e-9', () => {
  it(`${fixture.cases.length} cases`, () => {
    for (const c of fixture.cases) {
      expectCloseToR(krippendorffAlpha(c.data, { level: c.level }).alpha, c.alpha, c.name);
    }
  });
});
