import { fc } from '@fast-check/vitest';
import { defineStudy, type AnyStudy, type StudyDefinition } from 'sos-eval/models';

// Random study definitions for property tests: the laws proved for the 2017 study must hold for
// any study (1–6 sites, 0–2 groupings, 1–4 cohorts, 2–6 waves, 1–8 tools, 2–5 usage levels).

const id = (prefix: string, i: number): string => `${prefix}${i}`;

const dateOf = (day: number): string =>
  new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);

/** A random, valid study definition. */
export const studyDefinitionArb: fc.Arbitrary<StudyDefinition> = fc
  .record({
    pilots: fc.integer({ min: 1, max: 6 }),
    groupings: fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 2 }),
    cohorts: fc.integer({ min: 1, max: 4 }),
    cohortDays: fc.integer({ min: 1, max: 120 }),
    waves: fc.integer({ min: 2, max: 6 }),
    waveWindows: fc.boolean(),
    tools: fc.integer({ min: 1, max: 8 }),
    levels: fc.integer({ min: 2, max: 5 }),
    usingLevels: fc.integer({ min: 1, max: 4 }),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .map((r) => {
    const groupings = r.groupings.map((levels, g) => ({
      id: id('g', g),
      label: `Grouping ${g}`,
      levels: Array.from({ length: levels }, (_, l) => ({ id: id('l', l), label: `Level ${l}` })),
    }));
    const using = Math.min(r.usingLevels, r.levels - 1);
    return {
      id: `study-${r.seed}`,
      title: `Random study ${r.seed}`,
      pilots: Array.from({ length: r.pilots }, (_, p) => ({
        id: id('site-', p),
        name: `Site ${p}`,
        groups: Object.fromEntries(
          groupings.map((g, k) => [g.id, g.levels[(p + k + r.seed) % g.levels.length]!.id]),
        ),
      })),
      groupings,
      cohorts: Array.from({ length: r.cohorts }, (_, c) => ({
        id: id('cohort-', c),
        label: `Cohort ${c + 1}`,
        referrals: {
          start: dateOf(c * (r.cohortDays + 1)),
          end: dateOf(c * (r.cohortDays + 1) + r.cohortDays - 1),
        },
      })),
      waves: Array.from({ length: r.waves }, (_, w) => ({
        id: id('w', w),
        label: `Wave ${w + 1}`,
        ...(r.waveWindows
          ? { fieldwork: { start: dateOf(600 + w * 200), end: dateOf(600 + w * 200 + 150) } }
          : {}),
      })),
      tools: Array.from({ length: r.tools }, (_, t) => ({ id: id('tool-', t), name: `Tool ${t}` })),
      usageLevels: Array.from({ length: r.levels }, (_, l) => ({
        id: id('level-', l),
        label: `Level ${l}`,
        uses: l < using,
      })),
    } satisfies StudyDefinition;
  });

/** A random study, made by `defineStudy`. */
export const studyArb: fc.Arbitrary<AnyStudy> = studyDefinitionArb.map((d) => defineStudy(d));
