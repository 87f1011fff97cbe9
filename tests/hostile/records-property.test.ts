import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { ValidationIssue } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';
import {
  globalState,
  hostileRowsArb,
  materialise,
  ownObject,
  PROTOTYPE_KEYS,
} from './_hostile-arbitraries.js';
import { FAMILY_INTERVIEW, SURVEY_RESPONSE } from '../_support/records.js';

// Issue 13: the parsers never throw on data, every input row is kept or rejected with an issue at
// its index (holes included), and nothing global changes.

const survey = SURVEY_RESPONSE;
const interview = FAMILY_INTERVIEW;
/** A valid record, or one with a key from Object.prototype added to it or to a nested map. */
const plausibleArb = fc.oneof(
  fc.constant<unknown>(survey),
  fc.constant<unknown>(interview),
  fc
    .tuple(
      fc.constantFrom(survey, interview),
      fc.constantFrom(...PROTOTYPE_KEYS),
      fc.constantFrom('top', 'usage', 'measures'),
    )
    .map(([base, key, where]) => {
      const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
      if (where === 'top') return ownObject([...Object.entries(copy), [key, 'x']]);
      const inner = copy[where];
      if (inner === undefined) return copy;
      return { ...copy, [where]: ownObject([...Object.entries(inner as object), [key, 'all']]) };
    }),
);

const rowsAtIssues = (issues: readonly ValidationIssue[]) => new Set(issues.map((i) => i.path[0]));

describe('parseMany on hostile rows', () => {
  for (const record of ['workerSurveyResponse', 'familyInterview', 'caseRecord'] as const) {
    test.prop([hostileRowsArb(plausibleArb)])(
      `${record}: never throws, kept + rejected = rows, each rejected row has an issue`,
      (recipe) => {
        const rows = materialise(recipe);
        const before = globalState();
        const parsed = SOS_2017.parseMany[record](rows);
        expect(parsed.rows.length + parsed.rejected).toBe(rows.length);
        const withIssue = rowsAtIssues(parsed.issues);
        expect(withIssue.size).toBe(parsed.rejected);
        for (const i of parsed.indices) expect(withIssue.has(i)).toBe(false);
        expect(globalState()).toEqual(before);
      },
    );
  }

  test.prop([fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom('usage', 'measures')])(
    'a key from Object.prototype inside usage or measures is reported, never dropped',
    (key, where) => {
      const base = where === 'usage' ? survey : interview;
      const copy = JSON.parse(JSON.stringify(base)) as Record<string, object>;
      const row = { ...copy, [where]: ownObject([...Object.entries(copy[where]!), [key, 'all']]) };
      const parsed =
        where === 'usage'
          ? SOS_2017.parseMany.workerSurveyResponse([row])
          : SOS_2017.parseMany.familyInterview([row]);
      expect(parsed.rejected).toBe(1);
      expect(parsed.issues.some((i) => i.path[1] === where && i.path[2] === key)).toBe(true);
    },
  );
});
