import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineStudy, type AnyStudy } from 'sos-eval/models';
import { MEASURES, scoreMeasure } from 'sos-eval/measures';
import { SOS_2017 } from 'sos-eval/reference';
import { synthesiseStudy, type SyntheticStudy } from 'sos-eval/synthetic';

const count = <T>(xs: readonly T[], f: (x: T) => boolean) => xs.filter(f).length;

function expectValid(data: SyntheticStudy): void {
  const p = data.study.parseMany;
  expect(p.socialWorker(data.workers).issues).toEqual([]);
  expect(p.workerSurveyResponse(data.surveyResponses).issues).toEqual([]);
  expect(p.family(data.families).issues).toEqual([]);
  for (const wave of data.study.ids.waves)
    expect(p.familyInterview(data.interviews[wave]).issues).toEqual([]);
  expect(p.caseRecord(data.caseRecords).issues).toEqual([]);
}

/** How many answers of each level, per tool, among one wave's responses. */
const levelCounts = (data: SyntheticStudy, wave: string, tool: string) =>
  data.study.ids.usageLevels.map((l) =>
    count(data.surveyResponses, (r) => r.wave === wave && r.usage[tool] === l),
  );

// Three waves (the last with no fieldwork window), one cohort, a tool of the study's own and a
// five-point usage scale; a built-in measure and one defined with its items.
const RIVERSIDE = defineStudy({
  id: 'riverside-2027',
  title: 'Practice framework in Riverside, 2027–29',
  pilots: [
    { id: 'east', name: 'East team' },
    { id: 'west', name: 'West team' },
    { id: 'central', name: 'Central team' },
  ],
  cohorts: [
    { id: 'autumn', label: 'Autumn 2027', referrals: { start: '2027-09-01', end: '2027-11-30' } },
  ],
  waves: [
    { id: 'baseline', label: 'Baseline', fieldwork: { start: '2027-12-01', end: '2028-01-31' } },
    {
      id: 'six-months',
      label: 'Six months',
      fieldwork: { start: '2028-06-01', end: '2028-07-31' },
    },
    { id: 'twelve-months', label: 'Twelve months' },
  ],
  tools: [
    { id: 'mapping', name: 'Mapping' },
    { id: 'family-timeline', name: 'Family timeline', aliases: ['Timeline'] },
  ],
  usageLevels: [
    { id: 'always', uses: true },
    { id: 'often', uses: true },
    { id: 'sometimes', uses: true },
    { id: 'rarely', uses: false },
    { id: 'never', uses: false },
  ],
  measures: ['pearlin-mastery', { id: 'home-chaos', items: { count: 6, min: 1, max: 5 } }],
});

// Five waves, four cohorts (one a quarter), four sites in two regions.
const QUARTERS = defineStudy({
  id: 'quarters-2026',
  title: 'Five waves, four cohorts',
  pilots: ['a', 'b', 'c', 'd'].map((id, k) => ({
    id: `site-${id}`,
    name: `Site ${id.toUpperCase()}`,
    groups: { region: k < 2 ? 'north' : 'south' },
  })),
  groupings: [
    {
      id: 'region',
      label: 'Region',
      levels: [
        { id: 'north', label: 'North' },
        { id: 'south', label: 'South' },
      ],
    },
  ],
  cohorts: [
    { id: 'q1', referrals: { start: '2026-01-01', end: '2026-03-31' } },
    { id: 'q2', referrals: { start: '2026-04-01', end: '2026-06-30' } },
    { id: 'q3', referrals: { start: '2026-07-01', end: '2026-09-30' } },
    { id: 'q4', referrals: { start: '2026-10-01', end: '2026-12-31' } },
  ],
  waves: [
    { id: 'w1', label: 'Wave 1', fieldwork: { start: '2027-01-01', end: '2027-02-28' } },
    { id: 'w2', label: 'Wave 2', fieldwork: { start: '2027-05-01', end: '2027-06-30' } },
    { id: 'w3', label: 'Wave 3', fieldwork: { start: '2027-09-01', end: '2027-10-31' } },
    { id: 'w4', label: 'Wave 4', fieldwork: { start: '2028-01-01', end: '2028-02-29' } },
    { id: 'w5', label: 'Wave 5', fieldwork: { start: '2028-05-01', end: '2028-06-30' } },
  ],
  tools: [
    { id: 'mapping', name: 'Mapping' },
    { id: 'safety-planning', name: 'Safety planning' },
    { id: 'three-houses', name: 'Three houses' },
  ],
});

describe('synthesiseStudy: three waves, one cohort, a five-level usage scale', () => {
  const data = synthesiseStudy(RIVERSIDE, { seed: 2027 });

  it('says it is synthetic and carries its study', () => {
    expect(data.synthetic).toBe(true);
    expect(data.notice).toMatch(/^SYNTHETIC DATA: .*"riverside-2027"/);
    expect(data.seed).toBe(2027);
    expect(data.study).toBe(RIVERSIDE);
  });

  it('every record parses with the study’s schemas', () => {
    expectValid(data);
  });

  it('has the default counts: 12 workers and 20 families a site, 4 in 5 kept each wave', () => {
    expect(data.workers).toHaveLength(36);
    expect(data.surveyResponses).toHaveLength(36 * 3);
    expect(data.families).toHaveLength(60);
    expect(RIVERSIDE.ids.waves.map((w) => data.interviews[w].length)).toEqual([60, 48, 38]);
    expect(data.caseRecords).toHaveLength(57);
    expect(new Set(data.workers.map((w) => w.id)).size).toBe(36);
    expect(new Set(data.families.map((f) => f.id)).size).toBe(60);
  });

  it('by default every level is used for every tool at every wave, in equal shares', () => {
    for (const wave of RIVERSIDE.ids.waves)
      for (const tool of RIVERSIDE.ids.tools)
        expect(levelCounts(data, wave, tool)).toEqual([8, 7, 7, 7, 7]);
  });

  it('usage weights by level are dealt out exactly', () => {
    const weighted = synthesiseStudy(RIVERSIDE, { seed: 2027, usage: { always: 1, never: 3 } });
    expectValid(weighted);
    for (const wave of RIVERSIDE.ids.waves)
      for (const tool of RIVERSIDE.ids.tools)
        expect(levelCounts(weighted, wave, tool)).toEqual([9, 0, 0, 0, 27]);
    // Probabilities that sum to 1 are weights too.
    const shares = synthesiseStudy(RIVERSIDE, {
      seed: 1,
      usage: { often: 0.5, sometimes: 0.25, rarely: 0.25 },
    });
    expect(levelCounts(shares, 'baseline', 'mapping')).toEqual([0, 18, 9, 9, 0]);
  });

  it('a usage function gives the weights of each answer, asked with the study’s ids', () => {
    const asked: string[] = [];
    const byFunction = synthesiseStudy(RIVERSIDE, {
      seed: 3,
      workers: 2,
      usage: (q) => {
        expectTypeOf(q.tool).toEqualTypeOf<'mapping' | 'family-timeline'>();
        expectTypeOf(q.wave).toEqualTypeOf<'baseline' | 'six-months' | 'twelve-months'>();
        asked.push(`${q.wave}/${q.waveIndex}/${q.pilotId}/${q.tool}/${q.workerId}`);
        // The timeline is new: never used at baseline, always by the last wave.
        if (q.tool === 'family-timeline')
          return [{ never: 1 }, { sometimes: 1 }, { always: 1 }][q.waveIndex]!;
        return { often: 1, rarely: 1 };
      },
    });
    expectValid(byFunction);
    expect(asked).toHaveLength(6 * 2 * 3);
    expect(asked[0]).toBe('baseline/0/east/mapping/SW-00001');
    expect(levelCounts(byFunction, 'baseline', 'family-timeline')).toEqual([0, 0, 0, 0, 6]);
    expect(levelCounts(byFunction, 'six-months', 'family-timeline')).toEqual([0, 0, 6, 0, 0]);
    expect(levelCounts(byFunction, 'twelve-months', 'family-timeline')).toEqual([6, 0, 0, 0, 0]);
    const mapping = RIVERSIDE.ids.waves.flatMap((w) => levelCounts(byFunction, w, 'mapping'));
    expect(mapping.filter((_, k) => k % 5 !== 1 && k % 5 !== 3)).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });

  it('the custom tool is represented in usage answers and case records', () => {
    for (const tool of RIVERSIDE.ids.tools) {
      expect(data.surveyResponses.every((r) => r.usage[tool] !== undefined)).toBe(true);
      expect(data.caseRecords.some((c) => c.toolsEvidenced.includes(tool))).toBe(true);
    }
  });

  it('interviews carry the listed measures, with the measures’ items and codes', () => {
    const interviews = RIVERSIDE.ids.waves.flatMap((w) => data.interviews[w]);
    const mastery = interviews.flatMap((i) => i.measures?.['pearlin-mastery'] ?? []);
    const chaos = interviews.flatMap((i) => i.measures?.['home-chaos'] ?? []);
    expect(count(interviews, (i) => i.measures?.['pearlin-mastery'] !== undefined)).toBeGreaterThan(
      interviews.length / 2,
    );
    for (const i of interviews) {
      expect(
        Object.keys(i.measures ?? {}).every((m) => m === 'pearlin-mastery' || m === 'home-chaos'),
      ).toBe(true);
      if (i.measures?.['pearlin-mastery']) expect(i.measures['pearlin-mastery']).toHaveLength(7);
      if (i.measures?.['home-chaos']) expect(i.measures['home-chaos']).toHaveLength(6);
    }
    expect(mastery.every((c) => c === null || (c >= 1 && c <= 4))).toBe(true);
    expect(chaos.every((c) => c === null || (c >= 1 && c <= 5))).toBe(true);
    // The codes score with the built-in definition.
    const scored = interviews.flatMap((i) =>
      i.measures?.['pearlin-mastery']
        ? [scoreMeasure(MEASURES['pearlin-mastery'], i.measures['pearlin-mastery'])]
        : [],
    );
    expect(scored.some((s) => s.total !== null)).toBe(true);
  });

  it('interviews fall in their fieldwork; the windowless wave comes months after the last', () => {
    expect(data.interviews.baseline.every((i) => RIVERSIDE.waveOf(i.date) === 'baseline')).toBe(
      true,
    );
    expect(
      data.interviews['six-months'].every((i) => RIVERSIDE.waveOf(i.date) === 'six-months'),
    ).toBe(true);
    const sixMonths = new Map(data.interviews['six-months'].map((i) => [i.familyId, i.date]));
    for (const i of data.interviews['twelve-months']) {
      const days = (Date.parse(i.date) - Date.parse(sixMonths.get(i.familyId)!)) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(150);
      expect(days).toBeLessThanOrEqual(210);
    }
  });

  it('worker changes never go down; goals are rated after the first wave', () => {
    const before = new Map<string, number>();
    for (const wave of RIVERSIDE.ids.waves) {
      for (const i of data.interviews[wave]) {
        expect(i.workerChanges!).toBeGreaterThanOrEqual(before.get(i.familyId) ?? 0);
        before.set(i.familyId, i.workerChanges!);
        expect(i.goals === undefined).toBe(wave === 'baseline');
      }
    }
  });

  it('types the records with the study’s ids', () => {
    expectTypeOf(data.interviews).toHaveProperty('twelve-months');
    expectTypeOf(data.families[0]!.pilotId).toEqualTypeOf<'east' | 'west' | 'central'>();
    expectTypeOf(data.surveyResponses[0]!.usage.mapping).toEqualTypeOf<
      'always' | 'often' | 'sometimes' | 'rarely' | 'never' | null | undefined
    >();
  });
});

describe('synthesiseStudy: five waves, four cohorts', () => {
  const data = synthesiseStudy(QUARTERS, { seed: 5 });

  it('every record parses with the study’s schemas', () => {
    expectValid(data);
  });

  it('every cohort has an equal share of families, referred in its window', () => {
    expect(QUARTERS.ids.cohorts.map((c) => count(data.families, (f) => f.cohort === c))).toEqual([
      20, 20, 20, 20,
    ]);
    expect(data.families.every((f) => QUARTERS.cohortOf(f.referralDate) === f.cohort)).toBe(true);
    for (const site of QUARTERS.ids.pilots)
      expect(count(data.families, (f) => f.pilotId === site)).toBe(20);
  });

  it('every wave has interviews, in its fieldwork, fewer each wave', () => {
    expect(QUARTERS.ids.waves.map((w) => data.interviews[w].length)).toEqual([80, 64, 51, 41, 33]);
    for (const wave of QUARTERS.ids.waves) {
      expect(data.interviews[wave].every((i) => QUARTERS.waveOf(i.date) === wave)).toBe(true);
      expect(count(data.surveyResponses, (r) => r.wave === wave)).toBe(48);
    }
  });

  it('retention sets how many families each wave keeps', () => {
    const all = synthesiseStudy(QUARTERS, { seed: 5, retention: 1, workers: 1, families: 3 });
    expect(QUARTERS.ids.waves.map((w) => all.interviews[w].length)).toEqual([12, 12, 12, 12, 12]);
    const half = synthesiseStudy(QUARTERS, { seed: 5, retention: 0.5, families: 5 });
    expect(QUARTERS.ids.waves.map((w) => half.interviews[w].length)).toEqual([20, 10, 5, 3, 2]);
    // However small, every wave keeps someone.
    const few = synthesiseStudy(QUARTERS, { seed: 5, retention: 0.01, families: 1 });
    expect(QUARTERS.ids.waves.map((w) => few.interviews[w].length)).toEqual([4, 1, 1, 1, 1]);
    expectValid(few);
  });

  it('tools are evidenced in case files more often in later cohorts', () => {
    const cohortOf = new Map(data.families.map((f) => [f.id, f.cohort]));
    const rate = (c: string) => {
      const rs = data.caseRecords.filter((r) => cohortOf.get(r.familyId) === c);
      return rs.reduce((s, r) => s + r.toolsEvidenced.length, 0) / (rs.length * 3);
    };
    expect(rate('q4')).toBeGreaterThan(rate('q1'));
  });

  it('judgements are on the safety scale, by every scorer, before the audit', () => {
    const judgements = data.caseRecords.flatMap((c) => c.judgements);
    expect(new Set(judgements.map((j) => j.scale))).toEqual(new Set(['safety']));
    expect(new Set(judgements.map((j) => j.scoredBy))).toEqual(new Set(QUARTERS.scorers));
    expect(data.caseRecords.every((c) => c.judgements.every((j) => j.date <= c.auditDate))).toBe(
      true,
    );
  });

  it('interviews carry no measures when the study lists none', () => {
    expect(
      QUARTERS.ids.waves.every((w) => data.interviews[w].every((i) => i.measures === undefined)),
    ).toBe(true);
  });
});

describe('synthesiseStudy: the 2017 study and other studies', () => {
  it('makes valid records for SOS_2017, typed with its ids', () => {
    const data = synthesiseStudy(SOS_2017, { seed: 2017, workers: 3, families: 4 });
    expectValid(data);
    expect(data.interviews.T1).toHaveLength(40);
    expect(data.interviews.T2).toHaveLength(32);
    expectTypeOf(data.families[0]!.cohort).toEqualTypeOf<'cohort-1' | 'cohort-2'>();
  });

  it('uses a study’s own scales and scorers', () => {
    const study = defineStudy({
      id: 'scales',
      title: 'Own scales',
      pilots: [{ id: 'a', name: 'A' }],
      cohorts: [{ id: 'c', referrals: { start: '2026-01-01', end: '2026-01-31' } }],
      waves: [
        { id: 'first', label: 'First' },
        { id: 'second', label: 'Second' },
      ],
      tools: [{ id: 'mapping', name: 'Mapping' }],
      scales: [
        { id: 'risk', min: 1, max: 2, step: 0.1 },
        { id: 'confidence', min: 0, max: 4, step: 0.5 },
      ],
      scorers: ['practitioner', 'parent'],
    });
    const data = synthesiseStudy(study, { seed: 9 });
    expectValid(data);
    const judgements = data.caseRecords.flatMap((c) => c.judgements);
    expect(new Set(judgements.map((j) => j.scale))).toEqual(new Set(['risk']));
    expect(new Set(judgements.map((j) => j.scoredBy))).toEqual(new Set(['practitioner', 'parent']));
    // Scores are on a step, written as people write them (1.3, not 1.3000000000000003).
    expect(judgements.every((j) => String(j.score).length <= 3)).toBe(true);
    const confidence = data.surveyResponses.flatMap((r) =>
      r.confidence === null ? [] : [r.confidence],
    );
    expect(confidence.every((c) => c >= 0 && c <= 4 && Number.isInteger(c * 2))).toBe(true);
  });
});

describe('synthesiseStudy: determinism and options', () => {
  it('the same seed gives byte-identical data; another seed or option, other data', () => {
    const a = JSON.stringify(synthesiseStudy(QUARTERS, { seed: 11 }));
    expect(JSON.stringify(synthesiseStudy(QUARTERS, { seed: 11 }))).toBe(a);
    expect(JSON.stringify(synthesiseStudy(QUARTERS, { seed: 12 }))).not.toBe(a);
    expect(JSON.stringify(synthesiseStudy(QUARTERS, { seed: 11, retention: 0.7 }))).not.toBe(a);
    // The options' defaults are what leaving them out gives.
    expect(
      JSON.stringify(
        synthesiseStudy(QUARTERS, { seed: 11, workers: 12, families: 20, retention: 0.8 }),
      ),
    ).toBe(a);
  });

  it('JSON of the dataset writes the study as its definition', () => {
    const data = synthesiseStudy(RIVERSIDE, { seed: 1, workers: 1, families: 1 });
    expect(JSON.parse(JSON.stringify(data)).study).toEqual(RIVERSIDE.definition);
  });

  it('rejects broken arguments with errors naming them', () => {
    const study = RIVERSIDE as AnyStudy;
    const run = (options: unknown) => () =>
      synthesiseStudy(study, options as Parameters<typeof synthesiseStudy>[1]);
    expect(() => synthesiseStudy({} as AnyStudy, { seed: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: study must be a study made by defineStudy, got object]`,
    );
    expect(run(undefined)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options must be an object with a seed, got undefined]`,
    );
    expect(run({})).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: seed must be a number, got undefined]`,
    );
    expect(run({ seed: 0.5 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: seed must be a 32-bit integer, got 0.5]`,
    );
    expect(run({ seed: 1, workers: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: workers must be a whole number ≥ 1 (workers per site), got 0]`,
    );
    expect(run({ seed: 1, families: 2.5 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: families must be a whole number ≥ 1 (families per site), got 2.5]`,
    );
    expect(run({ seed: 1, families: '20' })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: families must be a number, got "20"]`,
    );
    expect(run({ seed: 1, retention: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: retention must be above 0 and at most 1, got 0]`,
    );
    expect(run({ seed: 1, retention: 1.2 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: retention must be above 0 and at most 1, got 1.2]`,
    );
    expect(run({ seed: 1, retention: NaN })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: retention must be above 0 and at most 1, got NaN]`,
    );
    expect(run({ seed: 1, usage: 'often' })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: usage must be weights by usage level or a function returning them, got "often"]`,
    );
    expect(run({ seed: 1, usage: { all: 1 } })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: usage.all: "all" is not a usage level of study "riverside-2027" (always, often, sometimes, rarely, never)]`,
    );
    expect(run({ seed: 1, usage: { often: -1 } })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: usage.often must be a finite number ≥ 0, got -1]`,
    );
    expect(run({ seed: 1, usage: { often: Infinity } })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: usage.often must be a finite number ≥ 0, got Infinity]`,
    );
    expect(run({ seed: 1, usage: { often: '1' } })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: usage.often must be a number, got "1"]`,
    );
    expect(run({ seed: 1, usage: { often: 0, never: 0 } })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: usage must give at least one usage level a weight above 0]`,
    );
    expect(run({ seed: 1, usage: () => ({ sometimes: -2 }) })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: usage(...).sometimes must be a finite number ≥ 0, got -2 (asked for tool "mapping" at wave "baseline")]`,
    );
    expect(run({ seed: 1, usage: () => null })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: usage(...) must be an object of weights by usage level (always, often, sometimes, rarely, never), got null (asked for tool "mapping" at wave "baseline")]`,
    );
  });
});
