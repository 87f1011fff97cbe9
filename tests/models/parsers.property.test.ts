import { describe, expect } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import { isLeft } from 'fp-ts/lib/Either.js';
import {
  parseCaseRecord,
  parseCohort,
  parseFamily,
  parseFamilyInterview,
  parsePilot,
  parseSocialWorker,
  parseTool,
  parseWave,
  parseWorkerSurveyResponse,
  parseMany,
  FamilySchema,
} from '../../src/models/index.js';

const parsers = {
  parseCaseRecord,
  parseCohort,
  parseFamily,
  parseFamilyInterview,
  parsePilot,
  parseSocialWorker,
  parseTool,
  parseWave,
  parseWorkerSurveyResponse,
};

describe('arbitrary JSON never throws', () => {
  for (const [name, parse] of Object.entries(parsers)) {
    it.prop([fc.jsonValue()])(`${name}`, (value) => {
      const result = parse(value);
      // Either a Right, or a Left whose every issue has a path array and a message.
      if (isLeft(result)) {
        expect(result.left.length).toBeGreaterThan(0);
        for (const issue of result.left) {
          expect(Array.isArray(issue.path)).toBe(true);
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }
    });
  }

  it.prop([fc.array(fc.anything())])('parseMany accounts for every row', (rows) => {
    const parsed = parseMany(FamilySchema, rows);
    expect(parsed.rows.length + parsed.rejected).toBe(rows.length);
  });
});
