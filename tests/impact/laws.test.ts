import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { differenceInDifferences, groupTimeEffects, twoWayFixedEffects } from 'sos-eval/impact';

// Laws every estimator must obey whatever the data: they are equivariant in the outcome (shifting
// it leaves estimate and se alone, scaling multiplies both), relabelling the groups flips the sign,
// and the row order does not matter.

const close = (a: number, b: number, scale: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-8 * Math.max(scale, Math.abs(b)));

// 2 × 2 data: at least two clusters on each side, each with rows before and after.
const twoByTwo = fc
  .record({
    treatedClusters: fc.integer({ min: 2, max: 5 }),
    controlClusters: fc.integer({ min: 2, max: 5 }),
    perCell: fc.integer({ min: 1, max: 4 }),
    seed: fc.integer(),
  })
  .chain(({ treatedClusters, controlClusters, perCell }) => {
    const cells = (treatedClusters + controlClusters) * 2 * perCell;
    return fc
      .array(fc.double({ min: -100, max: 100, noNaN: true }), {
        minLength: cells,
        maxLength: cells,
      })
      .map((ys) => {
        const rows: { c: number; t: boolean; post: boolean; y: number }[] = [];
        let k = 0;
        for (let c = 0; c < treatedClusters + controlClusters; c++)
          for (const post of [false, true])
            for (let r = 0; r < perCell; r++)
              rows.push({ c, t: c < treatedClusters, post, y: ys[k++]! });
        return rows;
      });
  });
const opts = { outcome: 'y', treated: 't', post: 'post', cluster: 'c' } as const;

describe('differenceInDifferences laws', () => {
  test.prop([
    twoByTwo,
    fc.double({ min: -1e3, max: 1e3, noNaN: true }),
    fc.double({ min: 0.01, max: 100, noNaN: true }),
  ])('shift, scale, relabel and reorder', (rows, shift, scale) => {
    const base = differenceInDifferences(rows, opts);
    const magnitude = rows.reduce((m, r) => Math.max(m, Math.abs(r.y)), 1);
    const shifted = differenceInDifferences(
      rows.map((r) => ({ ...r, y: r.y + shift })),
      opts,
    );
    close(shifted.estimate, base.estimate, magnitude + Math.abs(shift));
    close(shifted.se, base.se, magnitude + Math.abs(shift));
    const scaled = differenceInDifferences(
      rows.map((r) => ({ ...r, y: r.y * scale })),
      opts,
    );
    close(scaled.estimate, scale * base.estimate, scale * magnitude);
    close(scaled.se, scale * base.se, scale * magnitude);
    const flipped = differenceInDifferences(rows, { ...opts, treated: (r) => !r.t });
    close(flipped.estimate, -base.estimate, magnitude);
    close(flipped.se, base.se, magnitude);
    const reversed = differenceInDifferences(rows.slice().reverse(), opts);
    close(reversed.estimate, base.estimate, magnitude);
    close(reversed.se, base.se, magnitude);
    expect(base.nClusters).toBe(new Set(rows.map((r) => r.c)).size);
  });
});

describe('two-way fixed effects and group-time effects on two periods', () => {
  // With two periods and one cohort treated in the second, TWFE's coefficient, ATT(g, t) and the
  // 2 × 2 difference of means are the same number (Angrist & Pischke 2009, §5.2).
  test.prop([
    fc.integer({ min: 2, max: 6 }),
    fc.integer({ min: 2, max: 6 }),
    fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 24, maxLength: 24 }),
  ])('agree with the 2 × 2', (nTreated, nControl, ys) => {
    const rows = Array.from({ length: nTreated + nControl }, (_, u) =>
      [1, 2].map((period) => ({
        u,
        period,
        g: u < nTreated ? 2 : null,
        d: u < nTreated && period === 2,
        y:
          ys[(2 * u + period - 1) % ys.length]! +
          (period === 2 && u < nTreated ? 1 : 0) +
          0.001 * u * period,
      })),
    ).flat();
    const did = differenceInDifferences(rows, {
      outcome: 'y',
      treated: (r) => r.g !== null,
      post: (r) => r.period === 2,
      cluster: 'u',
    });
    const twfe = twoWayFixedEffects(rows, {
      outcome: 'y',
      treatment: 'd',
      unit: 'u',
      time: 'period',
    });
    const att = groupTimeEffects(rows, {
      outcome: 'y',
      unit: 'u',
      time: 'period',
      firstTreated: 'g',
    });
    close(twfe.estimate, did.estimate, 10);
    expect(att.effects).toHaveLength(1);
    close(att.effects[0]!.estimate, did.estimate, 10);
  });
});
