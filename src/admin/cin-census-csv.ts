import { deepFreeze } from '../_lib/deep-freeze.js';
import type { CinIssue } from './cin-issue.js';
import { CinHeaderSchema, type CinChild, type CinHeader } from './cin-records.js';
import type { CinCensus } from './read-cin-census.js';
import { csvCell, splitCsv, uncell } from './_csv.js';
import { freezeChild, type RecordReader } from './_records-from-xml.js';
import { readerForHeader } from './_reader-for-header.js';
import type { XNode } from './_xml-stream.js';

/**
 * The columns of the flat CIN census layout, in order: `LAchildID`, `record` (which record the
 * row holds), `episode` (the episode's 1-based number within the child), then the census's own
 * element names. Several codes in one cell (`Disabilities`, `AssessmentFactors`) are separated
 * by `;`. docs/cin-census.md has the table of which record uses which column.
 *
 * @category Census
 * @example
 * ```ts
 * import { CIN_CSV_COLUMNS } from 'sos-eval/admin';
 * CIN_CSV_COLUMNS.slice(0, 4) //=> ['LAchildID', 'record', 'episode', 'UPN']
 * CIN_CSV_COLUMNS.length //=> 34
 * ```
 */
export const CIN_CSV_COLUMNS: readonly string[] = Object.freeze([
  'LAchildID',
  'record',
  'episode',
  'UPN',
  'FormerUPN',
  'UPNunknown',
  'PersonBirthDate',
  'ExpectedPersonBirthDate',
  'GenderCurrent',
  'PersonDeathDate',
  'Ethnicity',
  'Disabilities',
  'CINreferralDate',
  'ReferralSource',
  'PrimaryNeedCode',
  'CINclosureDate',
  'ReasonForClosure',
  'ReferralNFA',
  'AssessmentActualStartDate',
  'AssessmentInternalReviewDate',
  'AssessmentAuthorisationDate',
  'AssessmentFactors',
  'CINPlanStartDate',
  'CINPlanEndDate',
  'S47ActualStartDate',
  'InitialCPCtarget',
  'DateOfInitialCPC',
  'ICPCnotRequired',
  'CPPstartDate',
  'CPPendDate',
  'InitialCategoryOfAbuse',
  'LatestCategoryOfAbuse',
  'NumberOfPreviousCPP',
  'CPPreviewDate',
]);

// The columns each record type fills (besides LAchildID, record and episode).
const USES: Readonly<Record<string, readonly string[]>> = {
  child: [
    'UPN',
    'FormerUPN',
    'UPNunknown',
    'PersonBirthDate',
    'ExpectedPersonBirthDate',
    'GenderCurrent',
    'PersonDeathDate',
    'Ethnicity',
    'Disabilities',
  ],
  episode: [
    'CINreferralDate',
    'ReferralSource',
    'PrimaryNeedCode',
    'CINclosureDate',
    'ReasonForClosure',
    'DateOfInitialCPC',
    'ReferralNFA',
  ],
  assessment: [
    'AssessmentActualStartDate',
    'AssessmentInternalReviewDate',
    'AssessmentAuthorisationDate',
    'AssessmentFactors',
  ],
  'cin-plan': ['CINPlanStartDate', 'CINPlanEndDate'],
  section47: ['S47ActualStartDate', 'InitialCPCtarget', 'DateOfInitialCPC', 'ICPCnotRequired'],
  'protection-plan': [
    'CPPstartDate',
    'CPPendDate',
    'InitialCategoryOfAbuse',
    'LatestCategoryOfAbuse',
    'NumberOfPreviousCPP',
  ],
  review: ['CPPreviewDate'],
};
// The census element each row below an episode becomes.
const ELEMENT: Readonly<Record<string, string>> = {
  assessment: 'Assessments',
  'cin-plan': 'CINPlanDates',
  section47: 'Section47',
  'protection-plan': 'ChildProtectionPlans',
};
const NO_CHILDREN: XNode[] = [];
const MAX_ISSUES = 10_000;

const leaf = (name: string, text: string, line: number): XNode => ({
  name,
  line,
  text,
  children: NO_CHILDREN,
  parent: null,
  n: null,
});
const branch = (name: string, line: number, children: XNode[] = []): XNode => ({
  name,
  line,
  text: '',
  children,
  parent: null,
  n: null,
});

/**
 * Options for {@link readCinCensusCsv}.
 *
 * @category Census
 */
export interface ReadCinCensusCsvOptions {
  /** The census header (a table has none): collection year, reference date and LA code. */
  readonly header: CinHeader;
}

interface ChildDraft {
  readonly node: XNode;
  readonly episodes: XNode[];
  // The last protection plan of each episode, for the review rows that follow it.
  readonly lastPlan: (XNode | null)[];
}

/**
 * Reads the flat CSV layout of a CIN census (one row per record of a child, columns
 * {@link CIN_CSV_COLUMNS}) into the same `{ header, children, issues }` as
 * {@link readCinCensus}, through the same record reader and DfE rule checks. Issues carry the
 * CSV row number (1-based; the column names are row 1) as `line` and in `path`, and the column
 * as `element`. Bad rows are reported and skipped, good rows kept; never throws on data. As
 * {@link readCinCensus} by default, at most 10,000 issues are listed (then one `too_many_issues`).
 *
 * @param text - The CSV text (RFC 4180: quoted fields, CRLF or LF, an optional BOM).
 * @param options - `header`: the census header the table belongs to.
 * @throws TypeError if `text` is not a string or `options.header` is not a census header.
 * @category Census
 * @example
 * ```ts
 * import { readCinCensusCsv } from 'sos-eval/admin';
 * const csv = [ // synthetic
 *   'LAchildID,record,episode,GenderCurrent,Ethnicity,CINreferralDate,ReferralSource,ReferralNFA,PrimaryNeedCode,AssessmentActualStartDate',
 *   'S1,child,,1,WBRI,,,,,',
 *   'S1,episode,1,,,2022-06-01,6,false,N1,',
 *   'S1,assessment,1,,,,,,,2022-05-01',
 * ].join('\n');
 * const census = readCinCensusCsv(csv, { header: { year: 2023, referenceDate: '2023-03-31', authority: '999' } });
 * census.children[0].episodes[0].assessments[0].startDate //=> '2022-05-01'
 * census.issues.map((i) => [i.code, i.line, i.element]) //=> [['dfe_1103', 4, 'AssessmentActualStartDate']]
 * ```
 */
export function readCinCensusCsv(text: string, options: ReadCinCensusCsvOptions): CinCensus {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${typeof text}`);
  const parsed = CinHeaderSchema.safeParse(options?.header);
  if (!parsed.success) {
    throw new TypeError(
      'options.header must be a census header { year, referenceDate, authority } (CinHeaderSchema)',
    );
  }
  const header = parsed.data;
  const issues: CinIssue[] = [];
  const issue = (row: number | null, column: string, code: string, message: string) => {
    const where = row === null ? '' : `row ${row}${column ? `, ${column}` : ''}: `;
    issues.push({
      path: row === null ? [] : column ? [row, column] : [row],
      element: column,
      line: row,
      code,
      message: `${where}${message}`,
    });
  };
  const { records, truncatedAt } = splitCsv(text);
  const names = records[0] ?? [];
  const at = new Map<string, number>();
  names.forEach((name, i) => {
    const n = name.trim();
    if (!CIN_CSV_COLUMNS.includes(n)) {
      issue(
        1,
        n,
        'unknown_column',
        `column ${JSON.stringify(n.slice(0, 40))} is not part of the layout; it was skipped`,
      );
    } else if (at.has(n)) {
      issue(1, n, 'duplicate_column', `column ${n} appears more than once; the first was kept`);
    } else at.set(n, i);
  });
  const drafts = new Map<string, ChildDraft>();
  if (!at.has('LAchildID') || !at.has('record')) {
    issue(1, '', 'missing_column', 'the LAchildID and record columns are needed; nothing was read');
  } else {
    for (let r = 1; r < records.length; r++) {
      readRow(records[r]!, r + 1);
    }
  }
  if (truncatedAt !== null) {
    issue(
      truncatedAt,
      '',
      'truncated',
      'the text ends inside a quoted field; this row was skipped',
    );
  }

  function readRow(cells: readonly string[], row: number): void {
    if (cells.length === 1 && cells[0]!.trim() === '') return; // a blank line
    if (cells.length !== names.length) {
      issue(
        row,
        '',
        'wrong_field_count',
        `expected ${names.length} fields, got ${cells.length}; the row was skipped`,
      );
      return;
    }
    const get = (name: string): string => {
      const i = at.get(name);
      return i === undefined ? '' : uncell(cells[i]!.trim());
    };
    const id = get('LAchildID');
    const kind = get('record');
    const uses = USES[kind];
    if (!uses) {
      issue(
        row,
        'record',
        'unknown_record',
        `record ${JSON.stringify(kind.slice(0, 40))} is not one of ${Object.keys(USES).join(', ')}; the row was skipped`,
      );
      return;
    }
    if (id === '') {
      issue(
        row,
        'LAchildID',
        'dfe_8500',
        'the LA child id (LAchildID) is missing; the row was skipped',
      );
      return;
    }
    for (const [name] of at) {
      if (
        name !== 'LAchildID' &&
        name !== 'record' &&
        name !== 'episode' &&
        get(name) !== '' &&
        !uses.includes(name)
      ) {
        issue(
          row,
          name,
          'unexpected_value',
          `a ${kind} row does not use ${name}; the value was ignored`,
        );
      }
    }
    const leaves = (): XNode[] => {
      const out: XNode[] = [];
      for (const name of uses) {
        const v = get(name);
        if (v === '') continue;
        if (name === 'Disabilities') {
          out.push(
            branch(
              'Disabilities',
              row,
              v.split(';').map((c) => leaf('Disability', c, row)),
            ),
          );
        } else if (name === 'AssessmentFactors') {
          out.push(
            branch(
              'FactorsIdentifiedAtAssessment',
              row,
              v.split(';').map((c) => leaf('AssessmentFactors', c, row)),
            ),
          );
        } else out.push(leaf(name, v, row));
      }
      return out;
    };
    const draft = drafts.get(id);
    if (kind === 'child') {
      if (draft) {
        issue(
          row,
          'LAchildID',
          'duplicate_child',
          `child ${JSON.stringify(id.slice(0, 40))} already has a child row; the row was skipped`,
        );
        return;
      }
      const all = leaves();
      const characteristics = all.filter(
        (n) => n.name === 'Ethnicity' || n.name === 'Disabilities',
      );
      const identifiers = all.filter((n) => n.name !== 'Ethnicity' && n.name !== 'Disabilities');
      const node = branch('Child', row, [
        branch('ChildIdentifiers', row, [leaf('LAchildID', id, row), ...identifiers]),
        branch('ChildCharacteristics', row, characteristics),
      ]);
      drafts.set(id, { node, episodes: [], lastPlan: [] });
      return;
    }
    if (!draft) {
      issue(
        row,
        'LAchildID',
        'unknown_child',
        `no child row for ${JSON.stringify(id.slice(0, 40))} comes before this ${kind} row; the row was skipped`,
      );
      return;
    }
    const e = get('episode');
    const number = /^\d{1,6}$/.test(e) ? Number(e) : NaN;
    if (kind === 'episode') {
      if (number !== draft.episodes.length + 1) {
        issue(
          row,
          'episode',
          'episode_out_of_order',
          `episode ${JSON.stringify(e.slice(0, 40))} of this child should be ${draft.episodes.length + 1}; the row was skipped`,
        );
        return;
      }
      const node = branch('CINdetails', row, leaves());
      draft.episodes.push(node);
      draft.lastPlan.push(null);
      draft.node.children.push(node);
      return;
    }
    const episode = draft.episodes[number - 1];
    if (!episode) {
      issue(
        row,
        'episode',
        'unknown_episode',
        `this ${kind} row names episode ${JSON.stringify(e.slice(0, 40))}, which has no episode row before it; the row was skipped`,
      );
      return;
    }
    if (kind === 'review') {
      const plan = draft.lastPlan[number - 1];
      if (!plan) {
        issue(
          row,
          'record',
          'unknown_plan',
          `a review row must follow a protection-plan row of its episode; the row was skipped`,
        );
        return;
      }
      let reviews = plan.children.find((n) => n.name === 'Reviews');
      if (!reviews) {
        reviews = branch('Reviews', row);
        plan.children.push(reviews);
      }
      for (const n of leaves()) reviews.children.push(n);
      return;
    }
    const node = branch(ELEMENT[kind]!, row, leaves());
    if (kind === 'protection-plan') draft.lastPlan[number - 1] = node;
    episode.children.push(node);
  }

  const reader = readerFor(header, issues);
  const children: CinChild[] = [];
  let index = 0;
  for (const draft of drafts.values()) {
    const child = reader.child(draft.node, index++);
    for (const found of reader.issues.splice(0)) {
      const column = columnOf(found.path);
      issue(found.line, column, found.code, found.message.slice(found.element.length + 2));
    }
    if (child) children.push(freezeChild(child));
  }
  // File order: by row, structural issues first within a row (the sort is stable).
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  // As readCinCensus by default: a table of bad rows cannot fill memory with issues.
  if (issues.length > MAX_ISSUES) {
    const line = issues[MAX_ISSUES]!.line;
    issues.length = MAX_ISSUES;
    issues.push({
      path: [],
      element: '',
      line,
      code: 'too_many_issues',
      message: `more than ${MAX_ISSUES} issues; the rest of the table was read but its issues are not listed`,
    });
  }
  return deepFreeze({ header, children, issues });
}

// The CSV column an element of the record reader's path was built from.
function columnOf(path: readonly (string | number)[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const p = path[i];
    if (typeof p !== 'string') continue;
    if (p === 'Disability') return 'Disabilities';
    return CIN_CSV_COLUMNS.includes(p) ? p : '';
  }
  return '';
}

// The code lists and census period the header implies, as readCinCensus chooses them.
function readerFor(header: CinHeader, issues: CinIssue[]): RecordReader {
  const { reader, assumed } = readerForHeader(header);
  if (assumed !== null) {
    issues.push({
      path: [],
      element: '',
      line: null,
      code: 'schema_year_assumed',
      message: assumed,
    });
  }
  return reader;
}

/**
 * Writes census records in the flat CSV layout that {@link readCinCensusCsv} reads: the
 * {@link CIN_CSV_COLUMNS} as row 1, then per child a `child` row, and per episode an `episode`
 * row followed by its `assessment`, `cin-plan`, `section47` and `protection-plan` rows (each plan
 * followed by its `review` rows). Lines end with CRLF (RFC 4180). A cell a spreadsheet would run
 * as a formula gets a leading `'`, as sos-eval/io's `toCsv` does (dates and codes never need it).
 *
 * @param census - Records as {@link readCinCensus} returns them (only `children` is written).
 * @category Census
 * @example
 * ```ts
 * import { readCinCensusCsv, writeCinCensusCsv } from 'sos-eval/admin';
 * const child = { laChildId: 'S1', upn: null, formerUpn: null, upnUnknown: null, // synthetic
 *   birthDate: '2015-06-01', expectedBirthDate: null, gender: '2', deathDate: null,
 *   ethnicity: 'WBRI', disabilities: ['NONE'], line: null, episodes: [{ referralDate: '2022-06-01',
 *   referralSource: '6', primaryNeed: 'N1', closureDate: null, closureReason: null,
 *   initialCpcDate: null, referralNfa: false, assessments: [], cinPlans: [], section47s: [],
 *   protectionPlans: [] }] };
 * const csv = writeCinCensusCsv({ children: [child] });
 * csv.split('\r\n').length //=> 4
 * const back = readCinCensusCsv(csv, { header: { year: 2023, referenceDate: '2023-03-31', authority: '999' } });
 * back.children[0].episodes[0].referralDate //=> '2022-06-01'
 * back.issues //=> []
 * ```
 */
export function writeCinCensusCsv(census: { readonly children: readonly CinChild[] }): string {
  if (!census || !Array.isArray(census.children as unknown)) {
    throw new TypeError('census.children must be an array of CIN child records');
  }
  const lines: string[] = [CIN_CSV_COLUMNS.map(csvCell).join(',')];
  const put = (
    id: string,
    kind: string,
    episode: number | null,
    values: Record<string, unknown>,
  ) => {
    const cells = CIN_CSV_COLUMNS.map((name) => {
      if (name === 'LAchildID') return id;
      if (name === 'record') return kind;
      if (name === 'episode') return episode === null ? '' : String(episode);
      const v = values[name];
      if (v === null || v === undefined) return '';
      if (Array.isArray(v)) return v.join(';');
      return String(v);
    });
    lines.push(cells.map(csvCell).join(','));
  };
  for (const c of census.children) {
    put(c.laChildId, 'child', null, {
      UPN: c.upn,
      FormerUPN: c.formerUpn,
      UPNunknown: c.upnUnknown,
      PersonBirthDate: c.birthDate,
      ExpectedPersonBirthDate: c.expectedBirthDate,
      GenderCurrent: c.gender,
      PersonDeathDate: c.deathDate,
      Ethnicity: c.ethnicity,
      Disabilities: c.disabilities,
    });
    c.episodes.forEach((e, i) => {
      const n = i + 1;
      put(c.laChildId, 'episode', n, {
        CINreferralDate: e.referralDate,
        ReferralSource: e.referralSource,
        PrimaryNeedCode: e.primaryNeed,
        CINclosureDate: e.closureDate,
        ReasonForClosure: e.closureReason,
        DateOfInitialCPC: e.initialCpcDate,
        ReferralNFA: e.referralNfa,
      });
      for (const a of e.assessments) {
        put(c.laChildId, 'assessment', n, {
          AssessmentActualStartDate: a.startDate,
          AssessmentInternalReviewDate: a.internalReviewDate,
          AssessmentAuthorisationDate: a.authorisationDate,
          AssessmentFactors: a.factors,
        });
      }
      for (const p of e.cinPlans) {
        put(c.laChildId, 'cin-plan', n, {
          CINPlanStartDate: p.startDate,
          CINPlanEndDate: p.endDate,
        });
      }
      for (const s of e.section47s) {
        put(c.laChildId, 'section47', n, {
          S47ActualStartDate: s.startDate,
          InitialCPCtarget: s.icpcTargetDate,
          DateOfInitialCPC: s.icpcDate,
          ICPCnotRequired: s.icpcNotRequired,
        });
      }
      for (const p of e.protectionPlans) {
        put(c.laChildId, 'protection-plan', n, {
          CPPstartDate: p.startDate,
          CPPendDate: p.endDate,
          InitialCategoryOfAbuse: p.initialCategory,
          LatestCategoryOfAbuse: p.latestCategory,
          NumberOfPreviousCPP: p.previousPlans,
        });
        for (const d of p.reviewDates) put(c.laChildId, 'review', n, { CPPreviewDate: d });
      }
    });
  }
  return `${lines.join('\r\n')}\r\n`;
}
