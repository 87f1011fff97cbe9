import { describe, expect, it } from 'vitest';
import { EmploymentSchema, parseMany } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';

// Issue 13: spreading a long array into a call (`issues.push(...x)`) throws
// `RangeError: Maximum call stack size exceeded` at around 150,000 items.
const N = 200_000;

describe('parsers on very wide or very long input', () => {
  it('parseMany reports a record with 200,000 unknown keys, one issue per key, without throwing', () => {
    const record: Record<string, unknown> = {};
    for (let k = 0; k < N; k++) record[`extra${k}`] = k;
    const parsed = SOS_2017.parseMany.socialWorker([record]);
    expect(parsed.rows).toEqual([]);
    expect(parsed.rejected).toBe(1);
    expect(parsed.issues.filter((i) => i.code === 'unrecognized_keys')).toHaveLength(N);
  });

  it('parseMany keeps and reports 200,000 rows', () => {
    const input = Array.from({ length: N }, (_, i) => (i % 2 === 0 ? 'permanent' : 'locum'));
    const parsed = parseMany(EmploymentSchema, input);
    expect(parsed.rows).toHaveLength(N / 2);
    expect(parsed.rejected).toBe(N / 2);
    expect(parsed.rows.length + parsed.rejected).toBe(N);
  });
});
