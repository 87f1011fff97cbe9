import type { Either } from 'fp-ts/lib/Either.js';
import { left, right } from 'fp-ts/lib/Either.js';
import { assertOneOf, showValue } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import type { Codebook } from './codebook.js';
import { codePointLength, type CodedSegment } from './coded-segment.js';
import { normaliseGuid, PROJECT_NS, readBoolean, readCodeTree } from './_refi.js';
import { childNamed, childrenNamed, parseXml, type XmlElement } from './_xml.js';
import { listZip, readZipEntry, type ZipEntry, type ZipLimits } from './_zip.js';

/** A value of a REFI-QDA variable: text, a number, a boolean, a date as written, or `null`. */
export type QdaValue = string | number | boolean | null;

/**
 * A user of a REFI-QDA project — a coder.
 *
 * @category REFI-QDA
 */
export interface QdaUser {
  /** The user's GUID (lower case, no braces). */
  readonly id: string;
  /** The name the tool shows. */
  readonly name: string;
  /** The coder id segments carry: the name when it is a pseudonymous id (letters, digits, `.`, `_`, `-`), else the GUID. */
  readonly coder: string;
}

/**
 * A variable (an attribute of cases and sources) of a REFI-QDA project.
 *
 * @category REFI-QDA
 */
export interface QdaVariable {
  /** The variable's GUID. */
  readonly id: string;
  /** Its name, such as `Pilot` or `Wave`. */
  readonly name: string;
  /** REFI-QDA's `typeOfVariable`: Text, Boolean, Integer, Float, Date or DateTime. */
  readonly type: string;
}

/**
 * A case of a REFI-QDA project: a unit (an informant, a site) with attribute values and the sources
 * that belong to it.
 *
 * @category REFI-QDA
 */
export interface QdaCase {
  /** The case's GUID. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** Its variable values, by variable name. */
  readonly attributes: Readonly<Record<string, QdaValue>>;
  /** The GUIDs of its sources. */
  readonly sources: readonly string[];
}

/**
 * A source of a REFI-QDA project.
 *
 * @category REFI-QDA
 */
export interface QdaSource {
  /** The source's GUID. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** What kind of source the project says it is. */
  readonly type: 'text' | 'pdf' | 'picture' | 'audio' | 'video';
  /** The plain text (text sources whose text was found), BOM removed. */
  readonly text?: string;
  /** Variable values of the source and of the cases it belongs to, by variable name (the source's own win). */
  readonly attributes: Readonly<Record<string, QdaValue>>;
  /** The GUIDs of the cases it belongs to. */
  readonly cases: readonly string[];
}

/**
 * A REFI-QDA project as {@link readQdpx} reads it.
 *
 * @category REFI-QDA
 */
export interface QdaProject {
  /** The project's name. */
  readonly name: string;
  /** The tool that wrote it, when given. */
  readonly origin?: string;
  /** The users (coders). */
  readonly users: readonly QdaUser[];
  /** The codebook. */
  readonly codebook: Codebook;
  /** The variables. */
  readonly variables: readonly QdaVariable[];
  /** The cases. */
  readonly cases: readonly QdaCase[];
  /** The sources. */
  readonly sources: readonly QdaSource[];
  /** One segment per coding of a text selection; positions in Unicode code points. */
  readonly segments: readonly CodedSegment[];
  /** Problems that did not stop the reading: parts set aside or repaired. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Limits {@link readQdpx} applies to an untrusted archive.
 *
 * @category REFI-QDA
 */
export interface QdpxLimits {
  /** Most bytes of archive read. Default 256 MiB. */
  readonly maxArchiveBytes: number;
  /** Most entries. Default 10 000. */
  readonly maxEntries: number;
  /** Most bytes any entry may inflate to (declared and actual). Default 64 MiB. */
  readonly maxEntryBytes: number;
  /** Most bytes all entries may declare in all. Default 512 MiB. */
  readonly maxTotalBytes: number;
  /** Highest declared compression ratio of an entry. Default 200 (plain text rarely passes 20). */
  readonly maxRatio: number;
  /** Most characters of `project.qde`. Default 64 Mi. */
  readonly maxXmlChars: number;
  /** Most XML elements. Default 1 000 000. */
  readonly maxXmlElements: number;
  /** Deepest XML nesting. Default 64. */
  readonly maxXmlDepth: number;
}

/**
 * The default {@link QdpxLimits}.
 *
 * @category REFI-QDA
 * @example
 * ```ts
 * import { DEFAULT_QDPX_LIMITS } from 'sos-eval/qualitative';
 * DEFAULT_QDPX_LIMITS.maxRatio //=> 200
 * ```
 */
export const DEFAULT_QDPX_LIMITS: QdpxLimits = Object.freeze({
  maxArchiveBytes: 256 * 1024 * 1024,
  maxEntries: 10_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 200,
  maxXmlChars: 64 * 1024 * 1024,
  maxXmlElements: 1_000_000,
  maxXmlDepth: 64,
});

/** Options for {@link readQdpx}. */
export interface ReadQdpxOptions {
  /** Limits against hostile archives; each defaults to {@link DEFAULT_QDPX_LIMITS}. */
  readonly limits?: Partial<QdpxLimits>;
  /**
   * The unit of `startPosition` / `endPosition`: `'code-point'` (default), what the standard
   * specifies, or `'utf-16'` for a tool that wrote JavaScript/.NET string offsets. Segments always
   * come out in code points.
   */
  readonly positionUnit?: 'code-point' | 'utf-16';
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Loose = new TextDecoder('utf-8', { fatal: false });
const PSEUDONYMOUS = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const SOURCE_TYPES: Readonly<Record<string, QdaSource['type']>> = {
  TextSource: 'text',
  PDFSource: 'pdf',
  PictureSource: 'picture',
  AudioSource: 'audio',
  VideoSource: 'video',
};

function readLimits(given: Partial<QdpxLimits> | undefined): QdpxLimits {
  const limits = { ...DEFAULT_QDPX_LIMITS, ...(given ?? {}) };
  for (const [key, value] of Object.entries(limits)) {
    if (typeof value !== 'number' || !(value > 0)) {
      throw new RangeError(
        `options.limits.${key} must be a positive number, got ${showValue(value)}`,
      );
    }
  }
  return limits;
}

function decodeText(data: Uint8Array, where: string, issues: ValidationIssue[]): string {
  let text: string;
  try {
    text = utf8Strict.decode(data);
  } catch {
    issues.push({
      path: [where],
      code: 'invalid_encoding',
      message: `${where}: not valid UTF-8; undecodable bytes are read as U+FFFD, so positions after them may be off`,
    });
    text = utf8Loose.decode(data);
  }
  // TextDecoder drops a leading BOM; the standard's positions count from the first character after it.
  return text;
}

/**
 * Reads a REFI-QDA project (`.qdpx`: a zip holding `project.qde`, namespace
 * `urn:QDA-XML:project:1.0`, and the sources under `sources/`) into a {@link QdaProject}: users as
 * coders, the codebook, variables, cases with their attributes, sources with their plain text and
 * attributes, and one coded segment per `<Coding>` of a `<PlainTextSelection>`.
 *
 * The archive is untrusted. Nothing is written to disk and only `project.qde` and the text files
 * it points to (`internal://…`) are inflated, in memory. The whole archive is refused, with
 * issues, when it is not a zip, is ZIP64 or encrypted, has an entry with an unsafe name (absolute
 * path, `..`, backslash, drive letter, control character), declares entries or a total above the
 * limits or a compression ratio above `maxRatio`, has overlapping entries, or when an entry
 * inflates past its declared size (checked while inflating, so a bomb stops early) or fails its
 * CRC-32. `project.qde` must be XML without a DOCTYPE, within the character, element and depth
 * limits.
 *
 * Traps handled: positions are Unicode code points in the standard but UTF-16 units in some
 * writers (`positionUnit`); GUIDs come in either case and in braces (normalised to lower case);
 * booleans as `true`/`True`/`1`; sources linked to external files (`absolute://`, `relative://`)
 * are never opened (an issue says so); a selection outside its text, or coding an unknown code, is
 * set aside with an issue. Never throws on data.
 *
 * @param bytes - The `.qdpx` file's bytes.
 * @returns `Right(project)` (with `issues` for parts set aside) or `Left(issues)` when the archive
 *   or the project document cannot be read safely.
 * @throws RangeError for bad options.
 * @category REFI-QDA
 * @example
 * ```ts
 * import { zipSync, strToU8 } from 'fflate';
 * import { readQdpx } from 'sos-eval/qualitative';
 * const qde = `<?xml version="1.0" encoding="utf-8"?>
 * <Project xmlns="urn:QDA-XML:project:1.0" name="Made-up project">
 *   <Users><User guid="00000000-0000-4000-8000-000000000001" name="coder-a"/></Users>
 *   <CodeBook><Codes>
 *     <Code guid="00000000-0000-4000-8000-0000000000c1" name="IT challenges" isCodable="true"/>
 *   </Codes></CodeBook>
 *   <Sources>
 *     <TextSource guid="00000000-0000-4000-8000-0000000000a1" name="Interview 1" plainTextPath="internal://a1.txt">
 *       <PlainTextSelection guid="00000000-0000-4000-8000-0000000000b1" startPosition="4" endPosition="15"
 *           creatingUser="00000000-0000-4000-8000-000000000001">
 *         <Coding guid="00000000-0000-4000-8000-0000000000d1" creatingUser="00000000-0000-4000-8000-000000000001">
 *           <CodeRef targetGUID="00000000-0000-4000-8000-0000000000c1"/>
 *         </Coding>
 *       </PlainTextSelection>
 *     </TextSource>
 *   </Sources>
 * </Project>`;
 * const bytes = zipSync({ 'project.qde': strToU8(qde), 'sources/a1.txt': strToU8('The IT system failed us.') });
 * const read = readQdpx(bytes);
 * read._tag === 'Right' && read.right.segments[0].text //=> 'IT system f'
 * read._tag === 'Right' && read.right.segments[0].coder //=> 'coder-a'
 * ```
 */
export function readQdpx(
  bytes: Uint8Array,
  options: ReadQdpxOptions = {},
): Either<ValidationIssue[], QdaProject> {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(`bytes must be a Uint8Array, got ${showValue(bytes)}`);
  }
  const limits = readLimits(options.limits);
  const unit = options.positionUnit ?? 'code-point';
  assertOneOf('options.positionUnit', unit, ['code-point', 'utf-16']);
  const zipLimits: ZipLimits = limits;
  const listed = listZip(bytes, zipLimits);
  if ('issues' in listed) return left(listed.issues);
  const byName = new Map<string, ZipEntry>(listed.entries.map((e) => [e.name, e]));
  const qdeEntry =
    byName.get('project.qde') ??
    listed.entries.find((e) => !e.name.includes('/') && e.name.endsWith('.qde'));
  if (qdeEntry === undefined) {
    return left([
      {
        path: ['archive'],
        code: 'missing_project',
        message: 'archive: no project.qde in the archive',
      },
    ]);
  }
  const qdeData = readZipEntry(bytes, qdeEntry);
  if ('issue' in qdeData) return left([qdeData.issue]);
  const issues: ValidationIssue[] = [];
  const xml = decodeText(qdeData.data, 'project.qde', issues);
  const parsed = parseXml(xml, 'project.qde', {
    maxChars: limits.maxXmlChars,
    maxElements: limits.maxXmlElements,
    maxDepth: limits.maxXmlDepth,
  });
  if ('issue' in parsed) return left([...issues, parsed.issue]);
  const root = parsed.root;
  if (root.name !== 'Project' || (root.uri !== PROJECT_NS && root.uri !== '')) {
    return left([
      {
        path: ['project.qde'],
        code: 'not_a_project',
        message: `project.qde: the root element is <${root.name}> in ${JSON.stringify(root.uri)}, not a REFI-QDA <Project> (${PROJECT_NS})`,
      },
    ]);
  }
  const readFile = (name: string): Uint8Array | undefined => {
    const entry = byName.get(name);
    if (entry === undefined) return undefined;
    const got = readZipEntry(bytes, entry);
    if ('issue' in got) {
      issues.push(got.issue);
      return undefined;
    }
    return got.data;
  };
  return right(deepFreeze(readProject(root, readFile, unit, issues)));
}

function readProject(
  root: XmlElement,
  readFile: (name: string) => Uint8Array | undefined,
  unit: 'code-point' | 'utf-16',
  issues: ValidationIssue[],
): QdaProject {
  // Users.
  const users: QdaUser[] = [];
  const userById = new Map<string, QdaUser>();
  const usersEl = childNamed(root, 'Users');
  (usersEl === undefined ? [] : childrenNamed(usersEl, 'User')).forEach((el, i) => {
    const id = normaliseGuid(el.attributes['guid']);
    if (id === undefined) {
      issues.push({
        path: ['Users', i],
        code: 'invalid_guid',
        message: `Users[${i}]: user ${JSON.stringify(el.attributes['name'] ?? '')} has no valid guid; set aside`,
      });
      return;
    }
    const name = el.attributes['name'] ?? id;
    const user = { id, name, coder: PSEUDONYMOUS.test(name) ? name : id };
    users.push(user);
    userById.set(id, user);
  });

  // Codebook.
  const codebookEl = childNamed(root, 'CodeBook');
  const codes = readCodeTree(
    codebookEl === undefined ? undefined : childNamed(codebookEl, 'Codes'),
    'CodeBook',
    issues,
  );
  const codeIds = new Set(codes.map((c) => c.id));
  const origin = root.attributes['origin'];

  // Variables.
  const variables: QdaVariable[] = [];
  const variableById = new Map<string, QdaVariable>();
  const varsEl = childNamed(root, 'Variables');
  (varsEl === undefined ? [] : childrenNamed(varsEl, 'Variable')).forEach((el, i) => {
    const id = normaliseGuid(el.attributes['guid']);
    const name = el.attributes['name'];
    if (id === undefined || name === undefined || name.trim() === '') {
      issues.push({
        path: ['Variables', i],
        code: 'invalid_variable',
        message: `Variables[${i}]: a variable needs a valid guid and a name; set aside`,
      });
      return;
    }
    const v = { id, name: name.trim(), type: el.attributes['typeOfVariable'] ?? 'Text' };
    variables.push(v);
    variableById.set(id, v);
  });
  const readValues = (el: XmlElement, path: (string | number)[]): Record<string, QdaValue> => {
    const out: Record<string, QdaValue> = Object.create(null) as Record<string, QdaValue>;
    childrenNamed(el, 'VariableValue').forEach((vv, i) => {
      const ref = normaliseGuid(childNamed(vv, 'VariableRef')?.attributes['targetGUID']);
      const variable = ref === undefined ? undefined : variableById.get(ref);
      if (variable === undefined) {
        issues.push({
          path: [...path, 'VariableValue', i],
          code: 'unknown_variable',
          message: `${path.join('.')}: a value refers to no known variable; set aside`,
        });
        return;
      }
      out[variable.name] = readValue(vv, variable, [...path, 'VariableValue', i], issues);
    });
    return out;
  };

  // Cases.
  const cases: QdaCase[] = [];
  const casesOfSource = new Map<string, QdaCase[]>();
  const casesEl = childNamed(root, 'Cases');
  (casesEl === undefined ? [] : childrenNamed(casesEl, 'Case')).forEach((el, i) => {
    const id = normaliseGuid(el.attributes['guid']);
    if (id === undefined) {
      issues.push({
        path: ['Cases', i],
        code: 'invalid_guid',
        message: `Cases[${i}]: case ${JSON.stringify(el.attributes['name'] ?? '')} has no valid guid; set aside`,
      });
      return;
    }
    const sources = childrenNamed(el, 'SourceRef')
      .map((r) => normaliseGuid(r.attributes['targetGUID']))
      .filter((g): g is string => g !== undefined);
    const c: QdaCase = {
      id,
      name: el.attributes['name'] ?? id,
      attributes: readValues(el, ['Cases', i]),
      sources,
    };
    cases.push(c);
    for (const s of sources) casesOfSource.set(s, [...(casesOfSource.get(s) ?? []), c]);
  });

  // Sources and their selections.
  const sources: QdaSource[] = [];
  const segments: CodedSegment[] = [];
  const seenSources = new Set<string>();
  const sourcesEl = childNamed(root, 'Sources');
  (sourcesEl?.children ?? []).forEach((el, i) => {
    const type = SOURCE_TYPES[el.name];
    if (type === undefined) return;
    const path = ['Sources', i];
    const id = normaliseGuid(el.attributes['guid']);
    const name = el.attributes['name'] ?? '';
    if (id === undefined || seenSources.has(id)) {
      issues.push({
        path,
        code: id === undefined ? 'invalid_guid' : 'duplicate_id',
        message: `Sources[${i}]: source ${JSON.stringify(name)} has ${id === undefined ? 'no valid guid' : 'the guid of an earlier source'}; it and its codings are set aside`,
      });
      return;
    }
    seenSources.add(id);
    // Attributes: its cases' first, then its own (which win); cases that disagree are reported.
    const attributes: Record<string, QdaValue> = Object.create(null) as Record<string, QdaValue>;
    const ofCases = casesOfSource.get(id) ?? [];
    for (const c of ofCases) {
      for (const [k, v] of Object.entries(c.attributes)) {
        if (k in attributes && attributes[k] !== v) {
          issues.push({
            path: [...path, 'attributes', k],
            code: 'conflicting_attribute',
            message: `Sources[${i}] (${name}): its cases disagree on ${k} (${showValue(attributes[k])} and ${showValue(v)}); the first is kept`,
          });
          continue;
        }
        attributes[k] = v;
      }
    }
    Object.assign(attributes, readValues(el, path));
    let text: string | undefined;
    if (type === 'text') {
      const content = childNamed(el, 'PlainTextContent');
      const textPath = el.attributes['plainTextPath'];
      if (content !== undefined) text = content.text;
      else if (textPath !== undefined) {
        const m = /^internal:\/\/(.+)$/.exec(textPath);
        if (m === null) {
          issues.push({
            path: [...path, 'plainTextPath'],
            code: 'external_source',
            message: `Sources[${i}] (${name}): its text is outside the archive (${JSON.stringify(textPath)}) and is not opened`,
          });
        } else {
          const data = readFile(`sources/${m[1]!}`);
          if (data === undefined) {
            issues.push({
              path: [...path, 'plainTextPath'],
              code: 'missing_source_file',
              message: `Sources[${i}] (${name}): sources/${m[1]!} could not be read from the archive`,
            });
          } else text = decodeText(data, `sources/${m[1]!}`, issues);
        }
      }
    }
    sources.push({
      id,
      name,
      type,
      ...(text === undefined ? {} : { text }),
      attributes,
      cases: ofCases.map((c) => c.id),
    });
    if (type !== 'text') return;
    // Without surrogates, code points and UTF-16 units coincide and slicing is direct; with them,
    // one walk over the text maps code points to UTF-16 offsets and back.
    const astral = text !== undefined && /[\ud800-\udfff]/.test(text);
    const length = text === undefined ? undefined : astral ? codePointLength(text) : text.length;
    const unitAt = astral ? new Int32Array(length! + 1) : undefined; // code point → UTF-16 offset
    const pointAt = astral ? new Int32Array(text!.length + 1) : undefined; // UTF-16 offset → code point
    if (astral) {
      let p = 0;
      for (let u = 0; u < text!.length; p++) {
        unitAt![p] = u;
        const step = text!.codePointAt(u)! > 0xffff ? 2 : 1;
        for (let j = 0; j < step; j++) pointAt![u + j] = p + j;
        u += step;
      }
      unitAt![p] = text!.length;
      pointAt![text!.length] = p;
    }
    const slice = (from: number, to: number): string =>
      astral ? text!.slice(unitAt![from], unitAt![to]) : text!.slice(from, to);
    childrenNamed(el, 'PlainTextSelection').forEach((sel, j) => {
      const spath = [...path, 'PlainTextSelection', j];
      const selId = normaliseGuid(sel.attributes['guid']);
      let start = Number(sel.attributes['startPosition']);
      let end = Number(sel.attributes['endPosition']);
      if (
        selId === undefined ||
        !Number.isInteger(start) ||
        !Number.isInteger(end) ||
        start < 0 ||
        end < start
      ) {
        issues.push({
          path: spath,
          code: 'invalid_selection',
          message: `Sources[${i}] (${name}): selection ${j} needs a guid and whole-number positions with 0 ≤ start ≤ end; set aside`,
        });
        return;
      }
      // Check the range in the writer's unit, then convert to code points.
      const limit = text === undefined ? undefined : unit === 'utf-16' ? text.length : length!;
      if (limit !== undefined && end > limit) {
        issues.push({
          path: spath,
          code: 'position_out_of_range',
          message: `Sources[${i}] (${name}): selection ${selId} ends at ${end}, past the text's ${limit} ${unit === 'utf-16' ? 'UTF-16 units' : 'characters'}; set aside`,
        });
        return;
      }
      if (unit === 'utf-16' && astral) {
        // An offset inside a surrogate pair counts the pair's code point as begun.
        start = pointAt![start]!;
        end = pointAt![end]!;
      }
      const selUser = normaliseGuid(sel.attributes['creatingUser']);
      childrenNamed(sel, 'Coding').forEach((coding, k) => {
        const codeId = normaliseGuid(childNamed(coding, 'CodeRef')?.attributes['targetGUID']);
        if (codeId === undefined || !codeIds.has(codeId)) {
          issues.push({
            path: [...spath, 'Coding', k],
            code: 'unknown_code',
            message: `Sources[${i}] (${name}): selection ${selId} is coded with a code not in the codebook; set aside`,
          });
          return;
        }
        const userId = normaliseGuid(coding.attributes['creatingUser']) ?? selUser;
        const user = userId === undefined ? undefined : userById.get(userId);
        if (userId !== undefined && user === undefined) {
          issues.push({
            path: [...spath, 'Coding', k],
            code: 'unknown_user',
            message: `Sources[${i}] (${name}): a coding of selection ${selId} names a user not in <Users>; its GUID is used as the coder`,
          });
        }
        const coder = user?.coder ?? userId ?? 'unknown';
        const segId = normaliseGuid(coding.attributes['guid']) ?? `${selId}-${k}`;
        segments.push({
          id: segId,
          sourceId: id,
          codeId,
          start,
          end,
          coder,
          ...(text === undefined ? {} : { text: slice(start, end) }),
        });
      });
    });
  });

  return {
    name: root.attributes['name'] ?? '',
    ...(origin === undefined ? {} : { origin }),
    users,
    codebook: { ...(origin === undefined ? {} : { origin }), codes },
    variables,
    cases,
    sources,
    segments,
    issues,
  };
}

function readValue(
  vv: XmlElement,
  variable: QdaVariable,
  path: (string | number)[],
  issues: ValidationIssue[],
): QdaValue {
  const el = vv.children.find((c) => c.name !== 'VariableRef');
  if (el === undefined) return null;
  const raw = el.text.trim();
  const bad = (): QdaValue => {
    issues.push({
      path,
      code: 'invalid_value',
      message: `${path.join('.')}: ${variable.name} = ${JSON.stringify(raw)} is not a valid ${el.name}; kept as text`,
    });
    return raw;
  };
  switch (el.name) {
    case 'BooleanValue':
      return readBoolean(raw) ?? bad();
    case 'IntegerValue':
      return /^[+-]?\d+$/.test(raw) ? Number(raw) : bad();
    case 'FloatValue': {
      // Some tools write a decimal comma.
      const n = Number(raw.replace(/^([+-]?\d+),(\d+)$/, '$1.$2'));
      return raw !== '' && Number.isFinite(n) ? n : bad();
    }
    default:
      return el.text;
  }
}
