import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { z } from 'zod';
import { csvPresets, readCsv, toCsv } from 'sos-eval/io';
import {
  AuthorityTypeSchema,
  ConcernSchema,
  FeelingSchema,
  defineStudy,
  type AnyStudy,
  type DateWindow,
  type StudyDefinition,
  type StudyScale,
} from 'sos-eval/models';
import { studyDefinitionArb } from '../_support/study-arbitrary.js';

// For any study: records written with toCsv — sites, waves, cohorts, tools and usage answers by
// id or by name at random, dates ISO or dd/mm/yyyy — read back with the study's preset are the
// records written, with no issue.

const DAY = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const uk = (iso: string): string => iso.split('-').reverse().join('/');

/** A date in the window (or in 2020–2029), as the ISO value and as a cell written either way. */
const dateIn = (window?: DateWindow) => {
  const start = Date.parse(window?.start ?? '2020-01-01');
  const end = Date.parse(window?.end ?? '2029-12-31');
  return fc
    .tuple(fc.integer({ min: 0, max: Math.round((end - start) / DAY) }), fc.boolean())
    .map(([d, ukStyle]) => {
      const value = isoDay(start + d * DAY);
      return { value, cell: ukStyle ? uk(value) : value };
    });
};

/** An id and the cell naming it: the id itself or one of its other names. */
const named = <T extends { id: string }>(items: readonly T[], names: (item: T) => string[]) =>
  fc
    .constantFrom(...items)
    .chain((item) =>
      fc.constantFrom(item.id, ...names(item)).map((cell) => ({ id: item.id, cell })),
    );

const onScale = (scale: StudyScale) =>
  fc
    .integer({ min: 0, max: Math.round((scale.max - scale.min) / scale.step) })
    .map((k) => scale.min + k * scale.step);

const pseudonym = (prefix: string) =>
  fc.integer({ min: 1, max: 9999 }).map((n) => `${prefix}-${String(n).padStart(4, '0')}`);

const uniqueSub = <T>(items: readonly T[]) => fc.shuffledSubarray([...items]);

function surveyRows(study: AnyStudy) {
  const confidence = study.scales.find((s) => s.id === 'confidence');
  const level = named(study.usageLevels, (l) => [l.label, `with ${l.label}`]);
  return fc
    .tuple(
      fc.tuple(...study.tools.map((t) => fc.constantFrom(t.id, t.name, `Usage: ${t.name}`))),
      fc.array(
        fc.record({
          workerId: pseudonym('SW'),
          pilot: named(study.pilots, (p) => [p.name]),
          wave: named(study.waves, (w) => [w.label]),
          employment: fc.constantFrom('permanent', 'agency', null),
          trainingDays: fc.option(fc.integer({ min: 0, max: 120 }).map((h) => h / 2)),
          supervisionAligned: fc.option(fc.boolean()),
          confidence: fc.option(confidence ? onScale(confidence) : fc.integer()),
          usage: fc.tuple(...study.tools.map(() => fc.option(level))),
        }),
        { minLength: 1, maxLength: 8 },
      ),
    )
    .map(([headers, rows]) => ({
      written: rows.map((r) => ({
        'Worker ID': r.workerId,
        'Local authority': r.pilot.cell,
        Wave: r.wave.cell,
        Employment: r.employment,
        'Training days': r.trainingDays,
        'Supervision aligned': r.supervisionAligned,
        Confidence: r.confidence,
        ...Object.fromEntries(headers.map((h, i) => [h, r.usage[i]?.cell ?? null])),
      })),
      columns: [
        'Worker ID',
        'Local authority',
        'Wave',
        'Employment',
        'Training days',
        'Supervision aligned',
        'Confidence',
        ...headers,
      ],
      records: rows.map((r) => ({
        workerId: r.workerId,
        pilotId: r.pilot.id,
        wave: r.wave.id,
        employment: r.employment,
        trainingDays: r.trainingDays,
        supervisionAligned: r.supervisionAligned,
        confidence: r.confidence,
        usage: Object.fromEntries(study.tools.map((t, i) => [t.id, r.usage[i]?.id ?? null])),
      })),
    }));
}

function familyRows(study: AnyStudy) {
  const concerns = ConcernSchema.options;
  return fc.array(
    fc
      .record({
        id: pseudonym('F'),
        pilot: named(study.pilots, (p) => [p.name]),
        cohort: named(study.cohorts, (c) => [c.label]),
        previousReferrals: fc.integer({ min: 0, max: 5 }),
        previousConcerns: uniqueSub(concerns),
        currentConcerns: uniqueSub(concerns),
        visit: fc.option(dateIn()),
      })
      .chain((r) =>
        dateIn(study.cohort(r.cohort.id)!.referrals).map((referral) => ({ ...r, referral })),
      ),
    { minLength: 1, maxLength: 8 },
  );
}

function interviewRows(study: AnyStudy) {
  return fc.array(
    fc
      .record({
        familyId: pseudonym('F'),
        wave: named(study.waves, (w) => [w.label]),
        workerChanges: fc.option(fc.integer({ min: 0, max: 9 })),
        agencyWorker: fc.option(fc.boolean()),
        stillAllocated: fc.option(fc.boolean()),
        feeling: fc.constantFrom(...FeelingSchema.options),
      })
      .chain((r) => dateIn(study.wave(r.wave.id)!.fieldwork).map((date) => ({ ...r, date }))),
    { minLength: 1, maxLength: 8 },
  );
}

function caseRows(study: AnyStudy) {
  const judgement = (auditDate: string) =>
    fc
      .record({
        date: dateIn({ start: '2019-01-01', end: auditDate }),
        scale: fc.constantFrom(...study.scales),
        scoredBy: fc.constantFrom(...study.scorers),
      })
      .chain((j) => onScale(j.scale).map((score) => ({ ...j, score })));
  return fc.array(
    fc
      .record({
        familyId: pseudonym('F'),
        workerId: fc.option(pseudonym('SW'), { nil: undefined }),
        audit: dateIn(),
        tools: uniqueSub(study.tools).chain((ts) =>
          fc.tuple(
            ...ts.map((t) => fc.constantFrom(t.id, t.name).map((cell) => ({ id: t.id, cell }))),
          ),
        ),
      })
      .chain((r) =>
        fc
          .array(judgement(r.audit.value), { maxLength: 3 })
          .map((judgements) => ({ ...r, judgements })),
      ),
    { minLength: 1, maxLength: 8 },
  );
}

// Studies are drawn as definitions (the arbitrary studyArb is made from), so a counterexample
// prints as plain data rather than a whole study with its schemas.
const studies = new WeakMap<StudyDefinition, AnyStudy>();
const studyOf = (definition: StudyDefinition): AnyStudy => {
  let study = studies.get(definition);
  if (study === undefined) {
    study = defineStudy(definition);
    studies.set(definition, study);
  }
  return study;
};
const withStudy = <T>(records: (study: AnyStudy) => fc.Arbitrary<T>) =>
  studyDefinitionArb.chain((definition) =>
    fc.tuple(fc.constant(definition), records(studyOf(definition))),
  );

const read = (text: string, schema: z.ZodType, options: object) => {
  const result = readCsv(text, schema, options);
  return { rows: result.rows as unknown[], issues: result.issues };
};

describe('csvPresets(study) reads back what toCsv writes, for any study', () => {
  test.prop([withStudy(surveyRows)])(
    'worker survey responses, one column per tool by id, name or "Usage: <name>"',
    ([definition, { written, columns, records }]) => {
      const study = studyOf(definition);
      const text = toCsv(written, { columns });
      const back = read(
        text,
        study.schemas.workerSurveyResponse,
        csvPresets(study).workerSurveyResponse,
      );
      expect(back).toEqual({ rows: records, issues: [] });
    },
  );

  test.prop([withStudy(familyRows)])(
    'families, with an extra z.iso.date() column added by study.extend',
    ([definition, rows]) => {
      const study = studyOf(definition);
      const schema = study.extend('family', { visit: z.iso.date().nullable() });
      const text = toCsv(
        rows.map((r) => ({
          'Family ID': r.id,
          'Local authority': r.pilot.cell,
          Cohort: r.cohort.cell,
          'Referral date': r.referral.cell,
          'Previous referrals': r.previousReferrals,
          'Previous concerns': r.previousReferrals === 0 ? [] : r.previousConcerns,
          'Current concerns': r.currentConcerns,
          Visit: r.visit?.cell ?? null,
        })),
      );
      expect(read(text, schema, csvPresets(study).family)).toEqual({
        rows: rows.map((r) => ({
          id: r.id,
          pilotId: r.pilot.id,
          cohort: r.cohort.id,
          referralDate: r.referral.value,
          previousReferrals: r.previousReferrals,
          previousConcerns: r.previousReferrals === 0 ? [] : r.previousConcerns,
          currentConcerns: r.currentConcerns,
          visit: r.visit?.value ?? null,
        })),
        issues: [],
      });
    },
  );

  test.prop([withStudy(interviewRows)])(
    'family interviews, waves by id or label',
    ([definition, rows]) => {
      const study = studyOf(definition);
      const text = toCsv(
        rows.map((r) => ({
          'Family ID': r.familyId,
          Wave: r.wave.cell,
          'Interview date': r.date.cell,
          'Worker changes': r.workerChanges,
          'Agency worker': r.agencyWorker,
          'Still allocated': r.stillAllocated,
          Feeling: r.feeling,
        })),
      );
      expect(read(text, study.schemas.familyInterview, csvPresets(study).familyInterview)).toEqual({
        rows: rows.map((r) => ({
          familyId: r.familyId,
          wave: r.wave.id,
          date: r.date.value,
          workerChanges: r.workerChanges,
          agencyWorker: r.agencyWorker,
          stillAllocated: r.stillAllocated,
          feeling: r.feeling,
        })),
        issues: [],
      });
    },
  );

  test.prop([withStudy(caseRows)])(
    'case records, tools evidenced by id or name and judgements in numbered column groups',
    ([definition, rows]) => {
      const study = studyOf(definition);
      // At least one judgement group of columns, even when empty: a file with none at all is
      // reported as missing the judgements.
      const most = Math.max(1, ...rows.map((r) => r.judgements.length));
      const groups = Array.from({ length: most }, (_, k) => [
        `Judgement ${k + 1} date`,
        `Judgement ${k + 1} scale`,
        `Judgement ${k + 1} scored by`,
        `Judgement ${k + 1} score`,
      ]).flat();
      const text = toCsv(
        rows.map((r) => ({
          'Family ID': r.familyId,
          'Audit date': r.audit.cell,
          'Worker ID': r.workerId,
          'Tools evidenced': r.tools.map((t) => t.cell),
          ...Object.fromEntries(
            r.judgements.flatMap((j, k) => [
              [`Judgement ${k + 1} date`, j.date.cell],
              [`Judgement ${k + 1} scale`, j.scale.id],
              [`Judgement ${k + 1} scored by`, j.scoredBy],
              [`Judgement ${k + 1} score`, j.score],
            ]),
          ),
        })),
        { columns: ['Family ID', 'Audit date', 'Worker ID', 'Tools evidenced', ...groups] },
      );
      expect(read(text, study.schemas.caseRecord, csvPresets(study).caseRecord)).toEqual({
        rows: rows.map((r) => ({
          familyId: r.familyId,
          auditDate: r.audit.value,
          ...(r.workerId === undefined ? {} : { workerId: r.workerId }),
          toolsEvidenced: r.tools.map((t) => t.id),
          judgements: r.judgements.map((j) => ({
            date: j.date.value,
            scale: j.scale.id,
            scoredBy: j.scoredBy,
            score: j.score,
          })),
        })),
        issues: [],
      });
    },
  );

  test.prop([
    withStudy((study) =>
      fc.array(
        fc.record({
          pilot: named(study.pilots, (p) => [p.name]),
          authorityType: fc.option(fc.constantFrom(...AuthorityTypeSchema.options), {
            nil: undefined,
          }),
          groups: fc.tuple(
            ...study.groupings.map((g) =>
              fc.tuple(
                fc.constantFrom(g.id, g.label),
                named(g.levels, (l) => [l.label]),
              ),
            ),
          ),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    ),
  ])('sites, with a column per grouping by id or label', ([definition, rows]) => {
    const study = studyOf(definition);
    const headers = study.groupings.map((g, i) => rows[0]!.groups[i]![0]);
    const text = toCsv(
      rows.map((r) => ({
        'Site ID': r.pilot.cell,
        Name: study.pilot(r.pilot.id)!.name,
        'Authority type': r.authorityType,
        ...Object.fromEntries(headers.map((h, i) => [h, r.groups[i]![1].cell])),
      })),
      { columns: ['Site ID', 'Name', 'Authority type', ...headers] },
    );
    expect(read(text, study.schemas.pilot, csvPresets(study).pilot)).toEqual({
      rows: rows.map((r) => ({
        id: r.pilot.id,
        name: study.pilot(r.pilot.id)!.name,
        ...(r.authorityType === undefined ? {} : { authorityType: r.authorityType }),
        ...(study.groupings.length === 0
          ? {}
          : {
              groups: Object.fromEntries(study.groupings.map((g, i) => [g.id, r.groups[i]![1].id])),
            }),
      })),
      issues: [],
    });
  });
});
