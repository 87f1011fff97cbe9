import { describe, expect } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import { defineStudy, type AnyStudy, type StudyDefinition } from 'sos-eval/models';
import { synthesiseStudy, type SyntheticStudy } from 'sos-eval/synthetic';
import { studyArb, studyDefinitionArb } from '../_support/study-arbitrary.js';

// Laws of synthesiseStudy for any study: valid records, everything represented, determinism.

const optionsArb = fc.record({
  seed: fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }),
  workers: fc.integer({ min: 1, max: 3 }),
  families: fc.integer({ min: 1, max: 5 }),
  retention: fc.double({ min: 0.05, max: 1, noNaN: true }),
});
type OptionsValue = typeof optionsArb extends fc.Arbitrary<infer O> ? O : never;

// Random studies with the parts studyArb leaves at their defaults: measures (built-in ids, a
// definition with items, an id with no known items), scales with odd steps and other scorers.
const extendedStudyArb: fc.Arbitrary<AnyStudy> = fc
  .record({
    definition: studyDefinitionArb,
    measures: fc.subarray([
      'lsns-6',
      'pearlin-mastery',
      'sdq-parent',
      'made-up-measure',
      { id: 'family-stress', items: { count: 4, min: 0, max: 3 } },
    ]),
    safety: fc.constantFrom(
      { id: 'safety', min: 0, max: 10, step: 0.5 },
      { id: 'safety', min: 1, max: 2, step: 0.1 },
      { id: 'risk', min: -3, max: 3, step: 1 },
    ),
    withConfidence: fc.boolean(),
    scorers: fc.constantFrom(['worker'], ['social-worker', 'parent', 'child', 'network']),
  })
  .map(({ definition, measures, safety, withConfidence, scorers }) =>
    defineStudy({
      ...definition,
      measures,
      scales: [
        safety,
        ...(withConfidence ? [{ id: 'confidence', min: 0, max: 5, step: 0.5 }] : []),
      ],
      scorers,
    } satisfies StudyDefinition),
  );

function expectValid(data: SyntheticStudy): void {
  const p = data.study.parseMany;
  expect(p.socialWorker(data.workers).issues).toEqual([]);
  expect(p.workerSurveyResponse(data.surveyResponses).issues).toEqual([]);
  expect(p.family(data.families).issues).toEqual([]);
  for (const wave of data.study.ids.waves)
    expect(p.familyInterview(data.interviews[wave]).issues).toEqual([]);
  expect(p.caseRecord(data.caseRecords).issues).toEqual([]);
}

function expectRepresented(data: SyntheticStudy): void {
  const { study } = data;
  const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();
  const all = (xs: readonly string[]) => [...xs].sort();
  expect(sorted(data.workers.map((w) => w.pilotId))).toEqual(all(study.ids.pilots));
  expect(sorted(data.surveyResponses.map((r) => r.pilotId))).toEqual(all(study.ids.pilots));
  expect(sorted(data.families.map((f) => f.pilotId))).toEqual(all(study.ids.pilots));
  expect(sorted(data.surveyResponses.map((r) => r.wave))).toEqual(all(study.ids.waves));
  expect(Object.keys(data.interviews)).toEqual(study.ids.waves);
  for (const wave of study.ids.waves) {
    expect(data.interviews[wave].length).toBeGreaterThan(0);
    expect(data.interviews[wave].every((i) => i.wave === wave)).toBe(true);
  }
  for (const r of data.surveyResponses) expect(Object.keys(r.usage)).toEqual(study.ids.tools);
  expect(sorted(data.caseRecords.flatMap((c) => c.toolsEvidenced))).toEqual(all(study.ids.tools));
  if (data.families.length >= study.ids.cohorts.length)
    expect(sorted(data.families.map((f) => f.cohort))).toEqual(all(study.ids.cohorts));
}

// Each case makes and parses a small dataset (tens of milliseconds); allow for fuzz runs too.
const TIMEOUT = 200 * (fc.readConfigureGlobal().numRuns ?? 100);

function expectCounts(data: SyntheticStudy, options: OptionsValue): void {
  const { study } = data;
  expect(data.workers).toHaveLength(options.workers * study.ids.pilots.length);
  expect(data.surveyResponses).toHaveLength(data.workers.length * study.ids.waves.length);
  expect(data.families).toHaveLength(options.families * study.ids.pilots.length);
  let before: Set<string> | undefined;
  for (const wave of study.ids.waves) {
    const ids = data.interviews[wave].map((i) => i.familyId);
    expect(new Set(ids).size).toBe(ids.length);
    if (before === undefined) {
      expect(ids).toEqual(data.families.map((f) => f.id));
    } else {
      // round(retention × n) of the n seen at the wave before, at least one.
      expect(ids.length).toBe(Math.max(1, Math.round(options.retention * before.size)));
      expect(ids.every((id) => before!.has(id))).toBe(true);
    }
    before = new Set(ids);
  }
}

function expectDates(data: SyntheticStudy): void {
  const { study } = data;
  const families = new Map(data.families.map((f) => [f.id, f]));
  for (const f of data.families) expect(study.cohortOf(f.referralDate)).toBe(f.cohort);
  const previous = new Map<string, string>();
  for (const wave of study.waves) {
    for (const i of data.interviews[wave.id]) {
      const referral = families.get(i.familyId)!.referralDate;
      const last = previous.get(i.familyId);
      if (wave.fieldwork === undefined) {
        // After the referral, in wave order.
        expect(i.date > referral).toBe(true);
        if (last !== undefined) expect(i.date > last).toBe(true);
      } else {
        expect(i.date >= wave.fieldwork.start && i.date <= wave.fieldwork.end).toBe(true);
        // Also after the referral and last interview whenever the window leaves room.
        const earliest = [wave.fieldwork.start, referral, ...(last ? [last] : [])].sort().at(-1)!;
        if (earliest < wave.fieldwork.end) {
          expect(i.date >= referral).toBe(true);
          if (last !== undefined) expect(i.date > last).toBe(true);
        }
      }
      previous.set(i.familyId, i.date);
    }
  }
  for (const c of data.caseRecords)
    expect(c.auditDate >= families.get(c.familyId)!.referralDate).toBe(true);
}

describe('synthesiseStudy, for any study', () => {
  it.prop([studyArb, optionsArb])(
    'valid records; every site, wave, tool and cohort; counts per site; retention; dates in windows',
    (study, options) => {
      const data = synthesiseStudy(study, options);
      expectValid(data);
      expectRepresented(data);
      expectCounts(data, options);
      expectDates(data);
    },
    TIMEOUT,
  );

  it.prop([extendedStudyArb, optionsArb])(
    'valid with measures, scales and scorers of its own, too',
    (study, options) => {
      const data = synthesiseStudy(study, options);
      expectValid(data);
      expectRepresented(data);
      // Only measures listed with known items: built-in ids and definitions with items.
      const known = new Set(
        study.measures
          .map((m) => (typeof m === 'string' ? m : m.id))
          .filter((id) => id !== 'made-up-measure'),
      );
      for (const wave of study.ids.waves)
        for (const i of data.interviews[wave])
          for (const id of Object.keys(i.measures ?? {})) expect(known.has(id)).toBe(true);
      const scorers = new Set(data.caseRecords.flatMap((c) => c.judgements.map((j) => j.scoredBy)));
      expect(scorers.has(study.scorers[0]!)).toBe(true);
    },
    TIMEOUT,
  );

  it.prop([studyArb, optionsArb])(
    'the same seed gives the same data',
    (study, options) => {
      expect(JSON.stringify(synthesiseStudy(study, options))).toBe(
        JSON.stringify(synthesiseStudy(study, { ...options })),
      );
    },
    TIMEOUT,
  );
});
