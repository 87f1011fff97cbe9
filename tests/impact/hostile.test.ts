import { describe, expect, it } from 'vitest';
import {
  differenceInDifferences,
  eventStudy,
  groupTimeEffects,
  twoWayFixedEffects,
} from 'sos-eval/impact';

// Rows as they come from files and other people's code: holes, nulls, primitives, throwing
// getters, infinite and NaN values. Each bad row is counted and named; the rest are used; nothing
// leaks onto Object.prototype.
const good = [1, 2, 3, 4].flatMap((c) =>
  [0, 1].flatMap((post) =>
    [0, 1].map((r) => ({ c, t: c <= 2, post, y: c + post + 0.5 * r * c + (c <= 2 ? post : 0) })),
  ),
);
const throwing = {
  c: 1,
  t: true,
  post: 1,
  get y(): number {
    throw new Error('revoked');
  },
};
const hostile: unknown[] = [
  ...good,
  null,
  7,
  'row',
  throwing,
  { c: 1, t: true, post: 1, y: Infinity },
  { c: 1, t: true, post: 1, y: NaN },
  { c: {}, t: true, post: 1, y: 1 },
  { c: 1, t: 2, post: 1, y: 1 },
  JSON.parse('{"__proto__": {"polluted": true}, "c": 1, "t": true, "post": 1}'),
];

describe('hostile rows', () => {
  it('differenceInDifferences counts and names every bad row', () => {
    const fit = differenceInDifferences(hostile, {
      outcome: 'y',
      treated: 't',
      post: 'post',
      cluster: 'c',
    });
    const clean = differenceInDifferences(good, {
      outcome: 'y',
      treated: 't',
      post: 'post',
      cluster: 'c',
    });
    expect(fit.n).toBe(good.length);
    expect(fit.nMissing).toBe(hostile.length - good.length);
    expect(fit.estimate).toBe(clean.estimate);
    expect(fit.se).toBe(clean.se);
    const codes = new Set(fit.issues.map((i) => i.code));
    expect([...codes].sort()).toEqual(['invalid_value', 'missing_value', 'unreadable_value']);
    expect(fit.issues.every((i) => typeof i.path[0] === 'number')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the panel estimators do the same', () => {
    type PanelRow = { u: number; t: number; g: number | null; y: unknown };
    const panel = [
      ...[1, 2, 3, 4].flatMap((u) =>
        [1, 2, 3].map((t) => ({
          u,
          t,
          g: u <= 2 ? 2 : null,
          y: u * t + (u <= 2 && t >= 2 ? 1 : 0) + (u % 2) * 0.1 * t,
        })),
      ),
      null,
      throwing,
      { u: 1, t: 1, g: 2, y: '3' },
    ] as PanelRow[];
    const o = { outcome: 'y', unit: 'u', time: 't' } as const;
    const twfe = twoWayFixedEffects(panel, {
      ...o,
      treatment: (r) => r.g !== null && r.t >= r.g,
    });
    expect(twfe.nMissing).toBe(3);
    const es = eventStudy(panel, { ...o, firstTreated: 'g' });
    expect(es.nMissing).toBe(3);
    const att = groupTimeEffects(panel, { ...o, firstTreated: 'g' });
    expect(att.nMissing).toBe(3);
    expect(att.nUnits).toBe(4);
  });

  it('refuses what is not a list of rows', () => {
    expect(() =>
      differenceInDifferences(null as never, {
        outcome: 'y',
        treated: 't',
        post: 'p',
        cluster: 'c',
      }),
    ).toThrow(TypeError);
    expect(() => twoWayFixedEffects(good, null as never)).toThrow(TypeError);
  });
});
