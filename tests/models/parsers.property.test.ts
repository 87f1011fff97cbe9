import { describe, expect } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import { isLeft, type Either } from 'fp-ts/lib/Either.js';
import { parseMany, parseStudyDefinition, type ValidationIssue } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';
import { studyArb, studyDefinitionArb } from '../_support/study-arbitrary.js';

const RECORDS = [
  'pilot',
  'socialWorker',
  'workerSurveyResponse',
  'family',
  'familyInterview',
  'caseRecord',
] as const;

const expectIssuesWellFormed = (result: Either<ValidationIssue[], unknown>): void => {
  // Either a Right, or a Left whose every issue has a path array and a message.
  if (isLeft(result)) {
    expect(result.left.length).toBeGreaterThan(0);
    for (const issue of result.left) {
      expect(Array.isArray(issue.path)).toBe(true);
      expect(issue.message.length).toBeGreaterThan(0);
    }
  }
};

describe('arbitrary JSON never throws', () => {
  for (const name of RECORDS) {
    it.prop([fc.jsonValue()])(`SOS_2017.parse.${name}`, (value) => {
      expectIssuesWellFormed(SOS_2017.parse[name](value));
    });
    it.prop([studyArb, fc.jsonValue()])(`a random study's parse.${name}`, (study, value) => {
      expectIssuesWellFormed(study.parse[name](value));
    });
  }

  it.prop([fc.jsonValue()])('parseStudyDefinition', (value) => {
    expectIssuesWellFormed(parseStudyDefinition(value));
  });

  it.prop([fc.array(fc.anything())])('parseMany accounts for every row', (rows) => {
    const parsed = parseMany(SOS_2017.schemas.family, rows);
    expect(parsed.rows.length + parsed.rejected).toBe(rows.length);
  });
});

describe('random studies', () => {
  it.prop([studyDefinitionArb])(
    'every valid definition is accepted and round-trips through JSON',
    (definition) => {
      expect(parseStudyDefinition(definition)._tag).toBe('Right');
      expect(JSON.parse(JSON.stringify(definition))).toEqual(definition);
    },
  );

  it.prop([studyArb])(
    'ids follow the definition, and each wave, cohort and tool is found by id',
    (study) => {
      expect(study.ids.waves).toEqual(study.definition.waves.map((w) => w.id));
      expect(study.waves.map((w) => w.index)).toEqual(study.waves.map((_, i) => i));
      for (const w of study.waves) expect(study.wave(w.id)).toBe(w);
      for (const c of study.cohorts) {
        expect(study.cohort(c.id)).toBe(c);
        // A cohort's own window dates are its own (windows never overlap).
        expect(study.cohortOf(c.referrals.start)).toBe(c.id);
        expect(study.cohortOf(c.referrals.end)).toBe(c.id);
      }
      for (const p of study.pilots)
        for (const g of study.groupings)
          expect(study.groupOf(p.id, g.id)).toBe(p.groups[g.id] ?? null);
      expect(JSON.parse(JSON.stringify(study))).toEqual(study.definition);
    },
  );

  it.prop([studyArb, fc.nat(), fc.nat(), fc.nat()])(
    'a survey response built from the study parses; one naming an id outside it does not',
    (study, p, w, t) => {
      const tool = study.ids.tools[t % study.ids.tools.length]!;
      const response = {
        workerId: 'SW-1',
        pilotId: study.ids.pilots[p % study.ids.pilots.length]!,
        wave: study.ids.waves[w % study.ids.waves.length]!,
        employment: null,
        trainingDays: null,
        supervisionAligned: null,
        confidence: null,
        usage: { [tool]: study.ids.usageLevels[0]! },
      };
      expect(study.parse.workerSurveyResponse(response)._tag).toBe('Right');
      const bad = study.parse.workerSurveyResponse({
        ...response,
        wave: 'not-a-wave',
        usage: { 'not-a-tool': null },
      });
      expect(isLeft(bad) && bad.left.map((i) => i.code)).toEqual(['unknown_wave', 'unknown_tool']);
    },
  );
});
