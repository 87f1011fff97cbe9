import { describe, expect, it } from 'vitest';
import type { CaseRecord } from 'sos-eval/models';
import { SOS_2017, type ToolId } from 'sos-eval/reference';
import { tallyRows, tallyUsage, usageFromCaseRecords } from 'sos-eval/usage';
import { FIVE_LEVELS } from './five-level-study.js';

const study = SOS_2017;

const audit = (
  familyId: string,
  workerId: string | undefined,
  toolsEvidenced: string[],
): CaseRecord => ({
  familyId,
  auditDate: '2016-03-01',
  ...(workerId === undefined ? {} : { workerId }),
  toolsEvidenced,
  judgements: [],
});

describe('usageFromCaseRecords', () => {
  const records = [
    audit('F-1', 'SW-1', ['mapping', 'safety-planning']),
    audit('F-2', 'SW-1', ['mapping']),
    audit('F-3', 'SW-2', []),
    // F-1 audited twice: still one family; the second audit adds nothing new.
    audit('F-1', 'SW-1', ['mapping']),
    audit('F-4', undefined, ['mapping']),
  ];
  const tools: ToolId[] = ['mapping', 'safety-planning'];

  it('derives all / some / none per worker from the share of families evidencing each tool', () => {
    const result = usageFromCaseRecords(records, { study, tools });
    // SW-1: 2 families; mapping in both → all; safety planning in F-1 only → some.
    // SW-2: 1 family, nothing evidenced → none for both.
    expect(result.rows).toEqual([
      { workerId: 'SW-1', tool: 'mapping', families: 2, evidencedIn: 2, level: 'all' },
      { workerId: 'SW-1', tool: 'safety-planning', families: 2, evidencedIn: 1, level: 'some' },
      { workerId: 'SW-2', tool: 'mapping', families: 1, evidencedIn: 0, level: 'none' },
      { workerId: 'SW-2', tool: 'safety-planning', families: 1, evidencedIn: 0, level: 'none' },
    ]);
    expect(result.usage).toEqual({
      'SW-1': { mapping: 'all', 'safety-planning': 'some' },
      'SW-2': { mapping: 'none', 'safety-planning': 'none' },
    });
  });

  it('reports records with no known worker instead of dropping them silently', () => {
    expect(usageFromCaseRecords(records, { study, tools }).issues).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown_worker",
          "message": "[4] (family "F-4"): no known worker, so the record is left out",
          "path": [
            4,
            "workerId",
          ],
        },
      ]
    `);
    // A workerOf that knows F-4's worker brings the record back in.
    const workerOf = (r: CaseRecord) => r.workerId ?? (r.familyId === 'F-4' ? 'SW-2' : undefined);
    const withLookup = usageFromCaseRecords(records, { study, tools, workerOf });
    expect(withLookup.issues).toEqual([]);
    // SW-2 now has F-3 (nothing) and F-4 (mapping): mapping 1 of 2 → some.
    expect(withLookup.usage['SW-2']).toEqual({ mapping: 'some', 'safety-planning': 'none' });
  });

  it('derives five levels for a tool of the study’s own, with the cuts given', () => {
    const fable = [
      ...['F-1', 'F-2', 'F-3', 'F-4'].map((f) => audit(f, 'SW-1', ['wizards-and-fairies'])),
      audit('F-5', 'SW-1', ['mapping']),
      audit('F-6', 'SW-2', ['mapping', 'three-houses']),
    ];
    const result = usageFromCaseRecords(fable, { study: FIVE_LEVELS, cuts: [0.75, 0.25] });
    // SW-1: wizards in 4 of 5 families (0.8 → often), mapping in 1 of 5 (0.2 → rarely), safety
    // planning in none. SW-2: mapping in its one family → always.
    expect(result.usage).toEqual({
      'SW-1': { mapping: 'rarely', 'wizards-and-fairies': 'often', 'safety-planning': 'never' },
      'SW-2': { mapping: 'always', 'wizards-and-fairies': 'never', 'safety-planning': 'never' },
    });
    expect(result.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown_tool",
          "message": "[5].toolsEvidenced[1]: "three-houses" is not a tool of study "fableshire-2026"",
          "path": [
            5,
            "toolsEvidenced",
            1,
          ],
        },
      ]
    `);
    expect(() => usageFromCaseRecords(fable, { study: FIVE_LEVELS })).toThrow(
      /options.cuts must give 2 shares/,
    );
  });

  it('reports unknown tool ids and still counts the family', () => {
    const odd = [audit('F-9', 'SW-9', ['genogram', 'mapping'])];
    const result = usageFromCaseRecords(odd, { study, tools: ['mapping'] });
    expect(result.usage).toEqual({ 'SW-9': { mapping: 'all' } });
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_tool', [0, 'toolsEvidenced', 0]],
    ]);
  });

  it('feeds tallyUsage once joined to the workers’ survey fields', () => {
    const { usage } = usageFromCaseRecords(records, { study, tools });
    const responses = Object.entries(usage).map(([workerId, levels]) => ({
      workerId,
      pilotId: 'brent' as const,
      wave: 'T2' as const,
      employment: null,
      trainingDays: null,
      supervisionAligned: null,
      confidence: null,
      usage: levels,
    }));
    expect(tallyRows(tallyUsage(responses, { study, tools }), { study })).toEqual([
      { group: 'overall', tool: 'mapping', all: 1, some: 0, none: 1, missing: 0, n: 2 },
      { group: 'overall', tool: 'safety-planning', all: 0, some: 1, none: 1, missing: 0, n: 2 },
    ]);
  });

  it('leaves its input alone and rejects broken arguments', () => {
    expect(() => usageFromCaseRecords(records, {} as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.study must be a study made by defineStudy (sos-eval/models), got undefined]`,
    );
    const frozen = Object.freeze(
      records.map((r) =>
        Object.freeze({ ...r, toolsEvidenced: Object.freeze([...r.toolsEvidenced]) }),
      ),
    ) as readonly CaseRecord[];
    expect(() => usageFromCaseRecords(frozen, { study, tools })).not.toThrow();
    expect(() => usageFromCaseRecords(7 as never, { study })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: records must be an iterable (an array or generator), got 7]`,
    );
    expect(() =>
      usageFromCaseRecords(records, { study, workerOf: 'workerId' as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.workerOf must be a function, got "workerId"]`,
    );
    expect(() =>
      usageFromCaseRecords(records, { study, tools: ['scaling', 'genogram'] as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.tools[1] must be one of study "sos-2017"'s tools (mapping, danger-statements, safety-planning, scaling, three-houses, words-and-pictures, family-network-meetings, appreciative-inquiry), got "genogram"]`,
    );
  });
});
