import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { WorkerSurveyResponse } from 'sos-eval/models';
import { CORE_PRACTICE_TOOLS, fidelityProfile } from 'sos-eval/usage';
import { responseArb } from './arbitraries.js';

const worker = (usage: WorkerSurveyResponse['usage']): WorkerSurveyResponse => ({
  workerId: 'SW-1',
  pilotId: 'norfolk',
  wave: 'T2',
  employment: 'permanent',
  trainingDays: 5,
  sosSupervision: true,
  confidence: 7,
  usage,
});

describe('fidelityProfile', () => {
  it('does not hold an unasked tool (scaling, 2017) against the worker', () => {
    const p = fidelityProfile(
      worker({ mapping: 'all', 'danger-statements': 'all', 'safety-planning': 'all' }),
    );
    expect(p).toEqual({
      workerId: 'SW-1',
      answered: 3,
      withAll: 3,
      withSome: 0,
      notUsed: 0,
      unanswered: ['scaling'],
      fidelity: 'consistent',
      issues: [],
    });
  });

  it('classes mixtures as pick-and-mix and no use as not-using', () => {
    expect(fidelityProfile(worker({ mapping: 'all', 'safety-planning': 'some' })).fidelity).toBe(
      'pick-and-mix',
    );
    // Some tools with all families, others not at all: still picking and mixing.
    expect(fidelityProfile(worker({ mapping: 'all', 'safety-planning': 'none' })).fidelity).toBe(
      'pick-and-mix',
    );
    expect(fidelityProfile(worker({ mapping: 'some', scaling: 'some' })).fidelity).toBe(
      'pick-and-mix',
    );
    expect(fidelityProfile(worker({ mapping: 'none', scaling: null })).fidelity).toBe('not-using');
    expect(fidelityProfile(worker({ 'three-houses': 'all' })).fidelity).toBeNull();
  });

  it('takes other core tools, and reports answers that are not levels', () => {
    const p = fidelityProfile(
      worker({ 'three-houses': 'all', 'words-and-pictures': 'daily' as never }),
      {
        coreTools: ['three-houses', 'words-and-pictures'],
      },
    );
    expect([p.fidelity, p.answered, p.unanswered]).toEqual([
      'consistent',
      1,
      ['words-and-pictures'],
    ]);
    expect(p.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_level",
          "message": "usage.words-and-pictures must be 'all', 'some', 'none' or null, got "daily"; treated as unanswered",
          "path": [
            "usage",
            "words-and-pictures",
          ],
        },
      ]
    `);
  });

  test.prop([responseArb])('counts add up and the class follows the documented rule', (r) => {
    const p = fidelityProfile(r);
    expect(p.answered + p.unanswered.length).toBe(CORE_PRACTICE_TOOLS.length);
    expect(p.withAll + p.withSome + p.notUsed).toBe(p.answered);
    const expected =
      p.answered === 0
        ? null
        : p.withAll === p.answered
          ? 'consistent'
          : p.notUsed === p.answered
            ? 'not-using'
            : 'pick-and-mix';
    expect(p.fidelity).toBe(expected);
  });

  test.prop([responseArb])(
    'a missing answer never lowers the class of a consistent worker',
    (r) => {
      // Answering 'all' for a tool left unanswered keeps 'consistent' consistent; dropping an
      // answer of a consistent worker cannot make them anything but consistent or unclassified.
      const p = fidelityProfile(r);
      fc.pre(p.fidelity === 'consistent');
      const dropped = Object.fromEntries(Object.entries(r.usage).filter(([t]) => t !== 'mapping'));
      expect(['consistent', null]).toContain(fidelityProfile({ ...r, usage: dropped }).fidelity);
    },
  );

  it('rejects broken arguments, naming them', () => {
    expect(() =>
      fidelityProfile(worker({}), { coreTools: ['genogram'] as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.coreTools[0] must be one of the tool ids (mapping, danger-statements, safety-planning, scaling, three-houses, words-and-pictures, family-network-meetings, appreciative-inquiry), got "genogram"]`,
    );
    expect(() =>
      fidelityProfile({ ...worker({}), usage: null } as never),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: response.usage must be an object of tool → level, got null]`,
    );
  });
});
