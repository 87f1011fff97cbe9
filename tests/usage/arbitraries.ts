import { fc } from '@fast-check/vitest';
import {
  TOOL_IDS,
  type PilotId,
  type ToolId,
  type UsageLevel,
  type WorkerSurveyResponse,
} from 'sos-eval/models';
import { PILOTS } from 'sos-eval/reference';

// Shared fast-check generators for the usage tests.

const pilotIds = PILOTS.map((p) => p.id as PilotId);

/** A usage answer: a level, null, or left out (undefined → the key is dropped). */
const answer = fc.constantFrom<UsageLevel | null | undefined>(
  'all',
  'some',
  'none',
  null,
  undefined,
);

/** A valid survey response with a random usage pattern. */
export const responseArb: fc.Arbitrary<WorkerSurveyResponse> = fc
  .record({
    workerId: fc.integer({ min: 1, max: 9999 }).map((i) => `SW-${i}`),
    pilotId: fc.constantFrom(...pilotIds),
    wave: fc.constantFrom('T1' as const, 'T2' as const),
    employment: fc.constantFrom('permanent' as const, 'agency' as const, null),
    answers: fc.tuple(...TOOL_IDS.map(() => answer)),
  })
  .map(({ answers, ...rest }) => ({
    ...rest,
    trainingDays: 5,
    sosSupervision: true,
    confidence: 7,
    usage: Object.fromEntries(
      TOOL_IDS.flatMap((t, i) => (answers[i] === undefined ? [] : [[t, answers[i]]])),
    ) as Partial<Record<ToolId, UsageLevel | null>>,
  }));

/** Non-negative counts for all / some / none, not all zero. */
export const levelCountsArb = fc
  .tuple(fc.nat(500), fc.nat(500), fc.nat(500))
  .filter(([a, s, n]) => a + s + n > 0);
