import { fc } from '@fast-check/vitest';
import type { AnyStudy, WorkerSurveyResponse } from 'sos-eval/models';
import { SOS_2017, type ToolId, type UsageLevel } from 'sos-eval/reference';
import { studyArb } from '../_support/study-arbitrary.js';

// Shared fast-check generators for the usage tests.

/**
 * A valid survey response of `study` with a random usage pattern: each tool answered at a level,
 * answered null, or left out.
 */
export const studyResponseArb = (study: AnyStudy): fc.Arbitrary<WorkerSurveyResponse> =>
  fc
    .record({
      workerId: fc.integer({ min: 1, max: 9999 }).map((i) => `SW-${i}`),
      pilotId: fc.constantFrom(...study.ids.pilots),
      wave: fc.constantFrom(...study.ids.waves),
      employment: fc.constantFrom('permanent' as const, 'agency' as const, null),
      // A level, null, or left out (undefined → the key is dropped).
      answers: fc.tuple(
        ...study.ids.tools.map(() =>
          fc.constantFrom<string | null | undefined>(...study.ids.usageLevels, null, undefined),
        ),
      ),
    })
    .map(({ answers, ...rest }) => ({
      ...rest,
      trainingDays: 5,
      supervisionAligned: true,
      confidence: 7,
      usage: Object.fromEntries(
        study.ids.tools.flatMap((t, i) => (answers[i] === undefined ? [] : [[t, answers[i]]])),
      ),
    }));

/** A valid 2017 survey response with a random usage pattern. */
export const responseArb = studyResponseArb(SOS_2017) as fc.Arbitrary<
  WorkerSurveyResponse<(typeof SOS_2017.ids.pilots)[number], 'T1' | 'T2', ToolId, UsageLevel>
>;

/** A random study with up to `max` of its responses. */
export const studyResponsesArb = (
  max = 30,
): fc.Arbitrary<{ study: AnyStudy; responses: WorkerSurveyResponse[] }> =>
  studyArb.chain((study) =>
    fc
      .array(studyResponseArb(study), { maxLength: max })
      .map((responses) => ({ study, responses })),
  );

/** The ways a random study can group: none, a field, or each of its groupings. */
export const groupingsOf = (study: AnyStudy): (string | undefined)[] => [
  undefined,
  'pilot',
  'wave',
  'employment',
  ...study.ids.groupings,
];

/** Non-negative counts for all / some / none, not all zero. */
export const levelCountsArb = fc
  .tuple(fc.nat(500), fc.nat(500), fc.nat(500))
  .filter(([a, s, n]) => a + s + n > 0);
