// The chi-square test of independence behind categorical comparisons. chiSquareTest follows R in
// turning a one-row or one-column table into a goodness-of-fit test of equal proportions; for a
// comparison of groups that answers another question (are the groups the same size?), so when
// only one category was observed there is no test, and the row says why.
import { chiSquareTest, type ChiSquareTestResult } from '../stats/chi-square-test.js';

export function independenceTest(table: readonly (readonly number[])[]): ChiSquareTestResult {
  const categories = table[0]?.length ?? 0;
  if (table.length < 2 || categories < 2) {
    throw new RangeError(
      `only ${categories} categor${categories === 1 ? 'y was' : 'ies were'} observed across ${table.length} group${table.length === 1 ? '' : 's'}, so there is no test of independence (R's chisq.test would test the group sizes instead)`,
    );
  }
  return chiSquareTest(table);
}
