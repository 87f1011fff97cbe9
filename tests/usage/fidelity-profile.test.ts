import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { defineStudy, type StudyToolId, type WorkerSurveyResponse } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';
import { corePracticeTools, fidelityProfile } from 'sos-eval/usage';
import { studyArb } from '../_support/study-arbitrary.js';
import { responseArb, studyResponseArb } from './arbitraries.js';
import { FIVE_LEVELS } from './five-level-study.js';

const study = SOS_2017;
type FableTool = StudyToolId<typeof FIVE_LEVELS>;

const worker = (usage: WorkerSurveyResponse['usage']): WorkerSurveyResponse => ({
  workerId: 'SW-1',
  pilotId: 'norfolk',
  wave: 'T2',
  employment: 'permanent',
  trainingDays: 5,
  supervisionAligned: true,
  confidence: 7,
  usage,
});

describe('corePracticeTools', () => {
  it('is the study’s assessment and planning tools, or every tool when it has none', () => {
    expect(corePracticeTools(study)).toEqual([
      'mapping',
      'danger-statements',
      'safety-planning',
      'scaling',
    ]);
    expect(corePracticeTools(FIVE_LEVELS)).toEqual(['mapping', 'safety-planning']);
    const uncategorised = { ...FIVE_LEVELS.definition, tools: [{ id: 'a', name: 'A' }] };
    expect(corePracticeTools(defineStudy(uncategorised))).toEqual(['a']);
  });
});

describe('fidelityProfile', () => {
  it('does not hold an unasked tool (scaling, 2017) against the worker', () => {
    const p = fidelityProfile(
      worker({ mapping: 'all', 'danger-statements': 'all', 'safety-planning': 'all' }),
      { study },
    );
    expect(p).toEqual({
      workerId: 'SW-1',
      answered: 3,
      levels: { all: 3, some: 0, none: 0 },
      full: 3,
      partial: 0,
      notUsed: 0,
      unanswered: ['scaling'],
      fidelity: 'consistent',
      issues: [],
    });
  });

  it('classes mixtures as pick-and-mix and no use as not-using', () => {
    const fidelity = (usage: WorkerSurveyResponse['usage']) =>
      fidelityProfile(worker(usage), { study }).fidelity;
    expect(fidelity({ mapping: 'all', 'safety-planning': 'some' })).toBe('pick-and-mix');
    // Some tools with all families, others not at all: still picking and mixing.
    expect(fidelity({ mapping: 'all', 'safety-planning': 'none' })).toBe('pick-and-mix');
    expect(fidelity({ mapping: 'some', scaling: 'some' })).toBe('pick-and-mix');
    expect(fidelity({ mapping: 'none', scaling: null })).toBe('not-using');
    expect(fidelity({ 'three-houses': 'all' })).toBeNull();
  });

  it('takes other core tools, and reports answers that are not levels', () => {
    const p = fidelityProfile(
      worker({ 'three-houses': 'all', 'words-and-pictures': 'daily' as never }),
      { study, coreTools: ['three-houses', 'words-and-pictures'] },
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

  it('judges full use as the first level on a five-level scale, with a custom core tool', () => {
    const profile = (usage: WorkerSurveyResponse['usage'], coreTools?: FableTool[]) =>
      fidelityProfile(worker(usage), { study: FIVE_LEVELS, coreTools });
    const core: FableTool[] = ['mapping', 'wizards-and-fairies'];
    expect(profile({ mapping: 'always', 'wizards-and-fairies': 'always' }, core)).toMatchObject({
      fidelity: 'consistent',
      full: 2,
      levels: { always: 2, often: 0, sometimes: 0, rarely: 0, never: 0 },
    });
    // 'often' and 'rarely' still use the tool, but not at full use.
    expect(profile({ mapping: 'always', 'wizards-and-fairies': 'rarely' }, core)).toMatchObject({
      fidelity: 'pick-and-mix',
      full: 1,
      partial: 1,
      notUsed: 0,
    });
    expect(profile({ mapping: 'never', 'wizards-and-fairies': 'never' }, core).fidelity).toBe(
      'not-using',
    );
    // By default, the study's assessment and planning tools: mapping and safety planning.
    expect(profile({ mapping: 'often', 'wizards-and-fairies': 'always' })).toMatchObject({
      fidelity: 'pick-and-mix',
      answered: 1,
      unanswered: ['safety-planning'],
    });
    expect(profile({ mapping: 'all' }).issues.map((i) => i.message)).toEqual([
      `usage.mapping must be 'always', 'often', 'sometimes', 'rarely', 'never' or null, got "all"; treated as unanswered`,
    ]);
  });

  test.prop([responseArb])('counts add up and the class follows the documented rule', (r) => {
    const p = fidelityProfile(r, { study });
    expect(p.answered + p.unanswered.length).toBe(corePracticeTools(study).length);
    expect(p.full + p.partial + p.notUsed).toBe(p.answered);
    const expected =
      p.answered === 0
        ? null
        : p.full === p.answered
          ? 'consistent'
          : p.notUsed === p.answered
            ? 'not-using'
            : 'pick-and-mix';
    expect(p.fidelity).toBe(expected);
  });

  test.prop([studyArb.chain((s) => fc.tuple(fc.constant(s), studyResponseArb(s)))])(
    'for any study: the levels add up to the answered core tools, full use is the first using level',
    ([s, r]) => {
      const p = fidelityProfile(r, { study: s, coreTools: s.ids.tools });
      const levels = p.levels as Record<string, number>;
      expect(Object.keys(levels)).toEqual(s.ids.usageLevels);
      expect(Object.values(levels).reduce((a, b) => a + b, 0)).toBe(p.answered);
      const full = s.usageLevels.find((l) => l.uses)!.id;
      expect(p.full).toBe(levels[full]);
      expect(p.notUsed).toBe(
        s.usageLevels.filter((l) => !l.uses).reduce((a, l) => a + levels[l.id]!, 0),
      );
      expect(p.answered + p.unanswered.length).toBe(s.ids.tools.length);
      expect(p.fidelity === 'consistent').toBe(p.answered > 0 && p.full === p.answered);
    },
  );

  test.prop([responseArb])(
    'a missing answer never lowers the class of a consistent worker',
    (r) => {
      // Dropping an answer of a consistent worker cannot make them anything but consistent or
      // unclassified.
      const p = fidelityProfile(r, { study });
      fc.pre(p.fidelity === 'consistent');
      const dropped = Object.fromEntries(Object.entries(r.usage).filter(([t]) => t !== 'mapping'));
      expect(['consistent', null]).toContain(
        fidelityProfile({ ...r, usage: dropped }, { study }).fidelity,
      );
    },
  );

  it('rejects broken arguments, naming them', () => {
    expect(() =>
      fidelityProfile(worker({}), { study, coreTools: ['genogram'] as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.coreTools[0] must be one of study "sos-2017"'s tools (mapping, danger-statements, safety-planning, scaling, three-houses, words-and-pictures, family-network-meetings, appreciative-inquiry), got "genogram"]`,
    );
    expect(() =>
      fidelityProfile({ ...worker({}), usage: null } as never, { study }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: response.usage must be an object of tool → level, got null]`,
    );
    expect(() =>
      fidelityProfile(worker({}), undefined as never),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.study must be a study made by defineStudy (sos-eval/models), got undefined]`,
    );
  });
});
