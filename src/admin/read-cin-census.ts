import { assertCount } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { cinCodeLists } from './cin-code-lists.js';
import type { CinIssue } from './cin-issue.js';
import type { CinChild, CinHeader } from './cin-records.js';
import { freezeChild, RecordReader } from './_records-from-xml.js';
import { readerForHeader } from './_reader-for-header.js';
import { assertSource, readXml, type CinSource, type XmlItem } from './_xml-stream.js';

/**
 * What {@link readCinCensus} and {@link readCinCensusStream} accept: the file's text, its bytes
 * (a Node `Buffer` is a `Uint8Array`; bytes are read as UTF-8), or an iterable or async iterable
 * of text or byte chunks — a Node `Readable` such as `fs.createReadStream(path)` is one.
 *
 * @category Census
 */
export type CinCensusSource =
  | string
  | Uint8Array
  | ArrayBuffer
  | Iterable<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>;

/**
 * Options for reading a census. The limits keep memory and time flat whatever the file holds;
 * hitting one is an issue, never a throw.
 *
 * @category Census
 */
export interface ReadCinCensusOptions {
  /** The schema year whose code lists apply; default the header's `Year` (then its reference date's). */
  readonly schemaYear?: number;
  /** Deepest element nesting read (the schema needs 7); deeper stops reading with `too_deep`. Default 32. */
  readonly maxDepth?: number;
  /** Longest text kept in one element; longer is cut with `text_too_long`. Default 4096. */
  readonly maxTextLength?: number;
  /** Most elements in one `<Child>` (or `<Header>`); more skips that record with `too_many_elements`. Default 20000. */
  readonly maxElementsPerChild?: number;
  /** Most issues listed; after that one `too_many_issues` issue and the rest uncounted. Default 10000. */
  readonly maxIssues?: number;
}

/**
 * One item of a census read as a stream, in file order: the header, each child record, each
 * issue.
 *
 * @category Census
 */
export type CinCensusItem =
  | {
      /** The header. */
      readonly kind: 'header';
      /** The file's header. */
      readonly header: CinHeader;
    }
  | {
      /** A child. */
      readonly kind: 'child';
      /** The child's record. */
      readonly child: CinChild;
      /** Position of its `<Child>` in the file (0-based). */
      readonly index: number;
    }
  | {
      /** An issue. */
      readonly kind: 'issue';
      /** The problem found. */
      readonly issue: CinIssue;
    };

/**
 * A census read whole: header, the child records that could be read, and every issue.
 *
 * @category Census
 */
export interface CinCensus {
  /** The header (fields `null` when the file has none). */
  readonly header: CinHeader;
  /** The children, in file order. */
  readonly children: readonly CinChild[];
  /** Every problem found, in file order. */
  readonly issues: readonly CinIssue[];
}

function limitsOf(options: ReadCinCensusOptions) {
  const get = (name: keyof ReadCinCensusOptions, fallback: number) => {
    const v = options[name] ?? fallback;
    assertCount(`options.${name}`, v);
    if (v < 1) throw new RangeError(`options.${name} must be at least 1, got ${v}`);
    return v;
  };
  return {
    maxDepth: get('maxDepth', 32),
    maxTextLength: get('maxTextLength', 4096),
    maxElementsPerChild: get('maxElementsPerChild', 20_000),
    maxIssues: get('maxIssues', 10_000),
  };
}

/**
 * Reads a Children in Need census file as a stream: the header, then each `<Child>` as soon as
 * it has been parsed, with issues between them in file order. Only one child is held at a time,
 * so memory stays flat however many children the file has (`for await (const item of …)`).
 *
 * Structural faults (not XML, a truncated file, a root in a namespace, nesting deeper than
 * `maxDepth`) end the stream with one issue; problems inside a record are issues with the
 * element's path and line, and the record is kept with the bad value read as `null` (a child
 * without an LA child id, an episode without a referral date, or an assessment, section 47 or
 * plan without a start date is skipped, with its issue). Nothing in the data makes it throw.
 *
 * @param source - Text, bytes, or an (async) iterable of chunks such as a Node stream.
 * @throws TypeError if `source` is none of those, RangeError for a broken option.
 * @category Census
 * @example
 * ```ts
 * import { readCinCensusStream } from 'sos-eval/admin';
 * const xml = `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2023</Year>
 * <ReferenceDate>2023-03-31</ReferenceDate></CollectionDetails><Source><LEA>999</LEA></Source></Header>
 * <Children><Child><ChildIdentifiers><LAchildID>S1</LAchildID><GenderCurrent>1</GenderCurrent></ChildIdentifiers>
 * <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
 * <CINdetails><CINreferralDate>2022-06-01</CINreferralDate><ReferralSource>6</ReferralSource>
 * <ReferralNFA>true</ReferralNFA></CINdetails></Child></Children></Message>`; // synthetic
 * const kinds = [];
 * for await (const item of readCinCensusStream(xml)) kinds.push(item.kind);
 * kinds //=> ['header', 'child']
 * ```
 */
export function readCinCensusStream(
  source: CinCensusSource,
  options: ReadCinCensusOptions = {},
): AsyncIterable<CinCensusItem> {
  // Arguments are checked now, not at the first read.
  assertSource(source);
  limitsOf(options);
  if (options.schemaYear !== undefined) cinCodeLists(options.schemaYear);
  return {
    async *[Symbol.asyncIterator]() {
      for await (const batch of cinCensusBatches(source, options)) yield* batch;
    },
  };
}

/**
 * @internal The census as batches of items (one batch per piece of text read): the form the
 * indicator pass consumes, without an await per child. `freeze: false` leaves child records
 * unfrozen, for a caller that never hands them on.
 */
export async function* cinCensusBatches(
  source: CinSource,
  options: ReadCinCensusOptions,
  // Records handed to users are frozen; the indicator pass reads each once and drops it.
  freeze = true,
): AsyncGenerator<CinCensusItem[]> {
  assertSource(source);
  const limits = limitsOf(options);
  const schemaYear = options.schemaYear;
  if (schemaYear !== undefined) cinCodeLists(schemaYear);
  let header: CinHeader | null = null;
  let reader: RecordReader | null = null;
  const pending: CinIssue[] = [];
  const readerFor = (): RecordReader => {
    if (reader) return reader;
    const chosen = readerForHeader(header, schemaYear);
    if (chosen.assumed !== null) {
      pending.push({
        path: ['Message', 'Header'],
        element: 'Message/Header',
        line: null,
        code: 'schema_year_assumed',
        message: `Message/Header: ${chosen.assumed}`,
      });
    }
    reader = chosen.reader;
    return reader;
  };
  // One cap over every issue, structural or in a record: a hostile file cannot fill memory
  // with them.
  let issueCount = 0;
  const pushIssue = (out: CinCensusItem[], issue: CinIssue) => {
    issueCount++;
    if (issueCount <= limits.maxIssues && issue.code !== 'too_many_issues') {
      out.push({ kind: 'issue', issue });
    } else if (
      issueCount === limits.maxIssues + 1 ||
      (issue.code === 'too_many_issues' && issueCount <= limits.maxIssues)
    ) {
      issueCount = limits.maxIssues + 1;
      out.push({
        kind: 'issue',
        issue: {
          path: [],
          element: '',
          line: issue.line,
          code: 'too_many_issues',
          message: `more than ${limits.maxIssues} issues (options.maxIssues); the rest of the file was read but its issues are not listed`,
        },
      });
    }
  };
  // Each record is read as soon as its subtree is complete (inside the parser's write), while
  // its elements are still in cache; what it gives is passed on once per piece of text.
  let out: CinCensusItem[] = [];
  const sink = (item: XmlItem) => {
    if (item.kind === 'issue') {
      pushIssue(out, item.issue);
    } else if (item.kind === 'header') {
      const r = new RecordReader(cinCodeLists(2024), null);
      header = deepFreeze(r.header(item.node));
      for (const issue of r.issues) pushIssue(out, issue);
      out.push({ kind: 'header', header });
    } else {
      const r = readerFor();
      const child = r.child(item.node, item.index);
      for (const issue of pending.splice(0)) pushIssue(out, issue);
      for (const issue of r.issues.splice(0)) pushIssue(out, issue);
      if (child)
        out.push({ kind: 'child', child: freeze ? freezeChild(child) : child, index: item.index });
    }
  };
  for await (const _ of readXml(source, limits, sink)) {
    if (out.length === 0) continue;
    const batch = out;
    out = [];
    yield batch;
  }
}

/**
 * Reads a whole Children in Need census (schema years 2017–2024) into typed records: the header,
 * every child that could be read, and every problem as a {@link CinIssue} with its element path
 * and line. See {@link readCinCensusStream} for the streaming form (use it for national files:
 * this one keeps every child in memory) and for how faults are handled. Never throws on data.
 *
 * @param source - Text, bytes, or an (async) iterable of chunks such as a Node stream.
 * @throws TypeError if `source` is none of those, RangeError for a broken option.
 * @category Census
 * @example
 * ```ts
 * import { readCinCensus } from 'sos-eval/admin';
 * const xml = `<Message><Header><CollectionDetails><Year>2023</Year><ReferenceDate>2023-03-31</ReferenceDate>
 * </CollectionDetails><Source><LEA>999</LEA></Source></Header><Children><Child><ChildIdentifiers>
 * <LAchildID>S1</LAchildID><GenderCurrent>2</GenderCurrent></ChildIdentifiers>
 * <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics><CINdetails>
 * <CINreferralDate>2022-06-01</CINreferralDate><ReferralSource>6</ReferralSource><ReferralNFA>false</ReferralNFA>
 * <PrimaryNeedCode>N1</PrimaryNeedCode><ChildProtectionPlans><CPPstartDate>2022-07-01</CPPstartDate>
 * <CPPendDate>2022-06-30</CPPendDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
 * <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP>
 * </ChildProtectionPlans></CINdetails></Child></Children></Message>`; // synthetic
 * const census = await readCinCensus(xml);
 * census.header //=> { year: 2023, referenceDate: '2023-03-31', authority: '999' }
 * census.children[0].episodes[0].protectionPlans[0].previousPlans //=> 0
 * census.issues.map((i) => [i.code, i.element, i.line]) //=> [['dfe_8925',
 * //   'Message/Children/Child[1]/CINdetails[1]/ChildProtectionPlans[1]/CPPendDate', 7]]
 * ```
 */
export async function readCinCensus(
  source: CinCensusSource,
  options: ReadCinCensusOptions = {},
): Promise<CinCensus> {
  let header: CinHeader = { year: null, referenceDate: null, authority: null };
  const children: CinChild[] = [];
  const issues: CinIssue[] = [];
  assertSource(source);
  limitsOf(options);
  for await (const batch of cinCensusBatches(source, options)) {
    for (const item of batch) {
      if (item.kind === 'header') header = item.header;
      else if (item.kind === 'child') children.push(item.child);
      else issues.push(item.issue);
    }
  }
  return deepFreeze({ header, children, issues });
}
