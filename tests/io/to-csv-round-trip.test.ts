import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { csvPresets, readCsv, toCsv } from 'sos-eval/io';
import {
  ConcernSchema,
  FeelingSchema,
  defineStudy,
  type AnyStudy,
  type StudyDefinition,
} from 'sos-eval/models';
import { studyDefinitionArb } from '../_support/study-arbitrary.js';

// Issue 13: readCsv(toCsv(x)) must give back x for every record type the presets read — usage
// per tool, measures and goals, judgements, concerns lists — and text cells exactly, formulas
// and all, while toCsv neutralises cells a spreadsheet would run as formulas.

/** Free text as users type it and attackers write it: formulas, quotes, delimiters, line breaks. */
const freeText = fc
  .tuple(
    fc.constantFrom('', '=', '+', '-', '@', '\t', "'", "'=", "''+", ' ', '"'),
    fc.string({
      unit: fc.constantFrom('a', 'Z', '7', ',', '"', '\n', ';', ' ', 'é', "'", '=', '\t', '|'),
      maxLength: 12,
    }),
  )
  .map(([start, rest]) => start + rest)
  .filter((s) => s.trim() !== '');

const pseudonym = (prefix: string) =>
  fc.integer({ min: 1, max: 9999 }).map((n) => `${prefix}-${String(n).padStart(4, '0')}`);
const isoDate = fc
  .integer({ min: 0, max: 3000 })
  .map((d) => new Date(Date.UTC(2015, 0, 1 + d)).toISOString().slice(0, 10));

/** Candidate records for a study's schema: those it accepts are written and read back. */
function candidates(study: AnyStudy) {
  const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
  const level = fc.option(pick(study.usageLevels.map((l) => l.id)));
  return {
    workerSurveyResponse: fc.record({
      workerId: pseudonym('SW'),
      pilotId: pick(study.ids.pilots),
      wave: pick(study.ids.waves),
      employment: fc.constantFrom('permanent', 'agency', null),
      trainingDays: fc.option(fc.integer({ min: 0, max: 120 }).map((h) => h / 2)),
      supervisionAligned: fc.option(fc.boolean()),
      confidence: fc.option(fc.integer({ min: 1, max: 10 })),
      usage: fc
        .tuple(...study.tools.map(() => level))
        .map((answers) => Object.fromEntries(study.tools.map((t, i) => [t.id, answers[i]]))),
      note: freeText,
    }),
    family: fc.record({
      id: pseudonym('F'),
      pilotId: pick(study.ids.pilots),
      cohort: pick(study.ids.cohorts),
      referralDate: isoDate,
      previousReferrals: fc.integer({ min: 0, max: 4 }),
      previousConcerns: fc.shuffledSubarray([...ConcernSchema.options]),
      currentConcerns: fc.shuffledSubarray([...ConcernSchema.options]),
      note: freeText,
    }),
    familyInterview: fc.record(
      {
        familyId: pseudonym('F'),
        wave: pick(study.ids.waves),
        date: isoDate,
        workerChanges: fc.option(fc.integer({ min: 0, max: 5 })),
        agencyWorker: fc.option(fc.boolean()),
        stillAllocated: fc.option(fc.boolean()),
        feeling: pick(FeelingSchema.options),
        measures: fc.record({
          'lsns-6': fc.array(fc.option(fc.integer({ min: 0, max: 5 })), {
            minLength: 6,
            maxLength: 6,
          }),
        }),
        goals: fc.array(
          fc.record(
            { score: fc.integer({ min: -2, max: 2 }), weight: fc.integer({ min: 1, max: 3 }) },
            { requiredKeys: ['score'] },
          ),
          // An empty optional list is written as an empty cell, which reads as no list.
          { minLength: 1, maxLength: 4 },
        ),
        note: freeText,
      },
      {
        requiredKeys: [
          'familyId',
          'wave',
          'date',
          'workerChanges',
          'agencyWorker',
          'stillAllocated',
          'feeling',
          // A measure left out is written as empty item cells, which read as items not answered.
          'measures',
          'note',
        ],
      },
    ),
    caseRecord: fc.record(
      {
        familyId: pseudonym('F'),
        auditDate: fc.constant('2024-06-30'),
        workerId: pseudonym('SW'),
        toolsEvidenced: fc.shuffledSubarray([...study.ids.tools]),
        judgements: fc.array(
          fc.record({
            date: isoDate,
            scale: pick(study.scales.map((s) => s.id)),
            scoredBy: pick(study.scorers),
            score: fc.integer({ min: 0, max: 10 }),
          }),
          { maxLength: 3 },
        ),
        note: freeText,
      },
      { requiredKeys: ['familyId', 'auditDate', 'toolsEvidenced', 'judgements', 'note'] },
    ),
  };
}

type Kind = 'workerSurveyResponse' | 'family' | 'familyInterview' | 'caseRecord';
const KINDS: Kind[] = ['workerSurveyResponse', 'family', 'familyInterview', 'caseRecord'];

// Studies are drawn as definitions, so a counterexample prints as plain data.
const studies = new WeakMap<StudyDefinition, AnyStudy>();
const studyOf = (definition: StudyDefinition): AnyStudy => {
  let study = studies.get(definition);
  if (study === undefined) {
    study = defineStudy(definition);
    studies.set(definition, study);
  }
  return study;
};

const schemaOf = (study: AnyStudy, kind: Kind): z.ZodType =>
  study.extend(kind, { note: z.string() }) as z.ZodType;

const recordsOf = (kind: Kind) =>
  studyDefinitionArb.chain((definition) => {
    const study = studyOf(definition);
    const schema = schemaOf(study, kind);
    return fc
      .array(candidates(study)[kind] as fc.Arbitrary<object>, { minLength: 1, maxLength: 6 })
      .map((raw) =>
        raw.flatMap((r) => {
          const parsed = schema.safeParse(r);
          return parsed.success ? [parsed.data as object] : [];
        }),
      )
      .filter((records) => records.length > 0)
      .map((records) => ({ definition, records }));
  });

describe('readCsv reads back what toCsv writes with { nested: "columns" }, for any study', () => {
  for (const kind of KINDS) {
    test.prop([recordsOf(kind), fc.constantFrom<'\r\n' | '\n'>('\r\n', '\n')])(
      `${kind} records, free text included`,
      ({ definition, records }, newline) => {
        const study = studyOf(definition);
        const schema = schemaOf(study, kind);
        const text = toCsv(records, { nested: 'columns', newline });
        const back = readCsv(text, schema, csvPresets(study)[kind]);
        expect(back.issues).toEqual([]);
        expect(back.rows).toEqual(records);
      },
    );
  }
});

describe('toCsv and formulas', () => {
  it('neutralises text a spreadsheet would run, and keeps numbers as numbers', () => {
    const rows = [
      { cell: '=1+2', n: -3 },
      { cell: '+44 20 7946 0000', n: 4 },
      { cell: '-3', n: null },
      { cell: '@SUM(A1)', n: 0 },
      { cell: '\tx', n: 1 },
      { cell: '\rx', n: 1 },
      { cell: "'=already", n: 1 },
      { cell: 'plain', n: 1 },
    ];
    expect(toCsv(rows, { newline: '\n' })).toBe(
      'cell,n\n' +
        "'=1+2,-3\n" +
        "'+44 20 7946 0000,4\n" +
        "'-3,\n" +
        "'@SUM(A1),0\n" +
        "'\tx,1\n" +
        '"\'\rx",1\n' +
        "''=already,1\n" +
        'plain,1\n',
    );
    expect(toCsv([{ list: ['=cmd', 'b'] }], { newline: '\n' })).toBe("list\n'=cmd; b\n");
  });

  it("writes text as it is with { formulas: 'keep' }", () => {
    expect(toCsv([{ cell: '=1+2' }], { formulas: 'keep', newline: '\n' })).toBe('cell\n=1+2\n');
  });

  it('reads neutralised cells back as the text written, untrimmed when quoted', () => {
    const schema = z.object({ cell: z.string(), n: z.number().nullable() });
    const rows = [
      { cell: '=1+2', n: -3 },
      { cell: "'=already", n: 1 },
      { cell: ' padded ', n: null },
      { cell: '-', n: 2 },
    ];
    expect(readCsv(toCsv(rows), schema).rows).toEqual(rows);
  });

  it('rejects a broken formulas or nested option, naming it', () => {
    expect(() => toCsv([], { formulas: 'drop' as never })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.formulas must be 'neutralise' or 'keep', got "drop"]`,
    );
    expect(() => toCsv([], { nested: 'yaml' as never })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.nested must be 'json' or 'columns', got "yaml"]`,
    );
  });
});
