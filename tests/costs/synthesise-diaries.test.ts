import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import {
  checkDiaries,
  compareActivityTime,
  defineDiaryStudy,
  synthesiseDiaries,
} from 'sos-eval/costs';
import { EVALUATION_2017, SOS_2017 } from 'sos-eval/reference';
import { studyArb } from '../_support/study-arbitrary.js';

const diary = defineDiaryStudy({ study: SOS_2017 });

describe('synthesiseDiaries', () => {
  it('121 workers by default (the slide-7 count of diaries), over the sites in turn', () => {
    const data = synthesiseDiaries(diary, { seed: 1 });
    const diaries = EVALUATION_2017.figures.find((f) => f.id === 'workers.t2.time-diaries')!;
    expect(data.periods).toHaveLength(diaries.value);
    expect(new Set(data.periods.map((p) => p.pilotId)).size).toBe(10);
    expect(data.periods[0]).toEqual({
      workerId: 'SW-001',
      pilotId: SOS_2017.ids.pilots[0],
      start: '2016-03-07',
      end: '2016-03-11',
    });
  });
  it('is the same for the same seed and differs for another', () => {
    const a = synthesiseDiaries(diary, { seed: 5, workers: 12 });
    expect(synthesiseDiaries(diary, { seed: 5, workers: 12 })).toEqual(a);
    expect(synthesiseDiaries(diary, { seed: 6, workers: 12 }).entries).not.toEqual(a.entries);
  });
  it('two waves 26 weeks apart, with assessment time changing per worker', () => {
    const data = synthesiseDiaries(diary, { seed: 3, workers: 40, waves: ['T1', 'T2'] });
    expect(data.periods.filter((p) => p.wave === 'T2')[0]!.start).toBe('2016-09-05');
    const check = checkDiaries(diary, data);
    const t = compareActivityTime(check, { activity: 'assessment', before: 'T1', after: 'T2' });
    expect(t.workers.length).toBeGreaterThan(30);
    // The default change (median ratio 1.2, log spread 0.45) moves workers both ways.
    expect(t.changes.find((c) => c.change === 'fell')!.n).toBeGreaterThan(0);
    expect(t.changes.find((c) => c.change === 'rose')!.n).toBeGreaterThan(0);
  });
  test.prop([studyArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 8 })], {
    numRuns: 20,
  })('rows for any study pass checkDiaries with no issues', (study, seed, workers) => {
    const d = defineDiaryStudy({ study });
    const data = synthesiseDiaries(d, {
      seed,
      workers,
      days: 3,
      waves: [study.ids.waves[0]!, study.ids.waves[1]!],
    });
    const check = checkDiaries(d, data);
    expect(check.issues).toEqual([]);
    expect(check.entries).toHaveLength(data.entries.length);
  });
  it('names broken options', () => {
    expect(() => synthesiseDiaries(diary, { seed: 0.5 })).toThrow(/options\.seed/);
    expect(() => synthesiseDiaries(diary, { seed: 1, waves: ['T1', 'T9'] })).toThrow(
      /options\.waves must be two wave ids of the study \(T1, T2\)/,
    );
    expect(() => synthesiseDiaries(diary, { seed: 1, days: 0 })).toThrow(/options\.days/);
  });
});
