import { assertOneOf, showValue } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import type { Study } from '../models/study/study.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import type { Codebook } from './codebook.js';
import type { CodedSegment } from './coded-segment.js';
import { qualitativeModels, type QualitativeModelOptions } from './qualitative-models.js';
import type { QdaProject, QdaValue } from './read-qdpx.js';
import { SourceKindSchema, type Source, type SourceKind } from './source.js';

/** Which project variables hold a source's site, wave, role, informants and kind. */
export interface QdaFields {
  /** The variable naming the site (its id or name). */
  readonly pilot: string;
  /** The variable naming the wave (its id or label). */
  readonly wave: string;
  /** The variable naming the informants' role. */
  readonly role?: string;
  /** The variable holding the informants' pseudonymous ids, separated by commas or semicolons. */
  readonly informant?: string;
  /** The variable saying what the source is (interview, focus group, case file, document). */
  readonly kind?: string;
}

/** Options for {@link qdaRecords}. */
export interface QdaRecordsOptions extends QualitativeModelOptions {
  /** The study the project belongs to. */
  readonly study: Study<string, string, string, string, string, string>;
  /** Which variables hold what. */
  readonly fields: QdaFields;
  /** The kind of a source with no kind variable. Default `'interview'`. */
  readonly defaultKind?: SourceKind;
}

/** What {@link qdaRecords} returns. */
export interface QdaRecords {
  /** The sources that passed the study's checks, with their text. */
  readonly sources: readonly Source[];
  /** The segments of those sources. */
  readonly segments: readonly CodedSegment[];
  /** The project's codebook. */
  readonly codebook: Codebook;
  /** The coders who coded the kept segments, sorted. */
  readonly coders: readonly string[];
  /** One issue per problem: a missing or unknown variable value, a source and its segments set aside. */
  readonly issues: readonly ValidationIssue[];
}

const slug = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

const asText = (v: QdaValue | undefined): string | undefined =>
  v === undefined || v === null ? undefined : String(v).trim();

/**
 * Turns a REFI-QDA project into a study's records: each text source becomes a {@link Source}, its
 * site, wave, role, informants and kind read from the variables named in `fields` (on the source
 * or on the cases it belongs to), and its codings become {@link CodedSegment}s. Sites match a
 * study site's id or name, waves a wave's id or label (ignoring case); roles and kinds are matched
 * as slugs (`Focus group` → `focus-group`, `Senior manager` → `senior-manager`). A source whose
 * variables are missing or not the study's is set aside with issues (path
 * `['sources', index, field]`) and so are its segments, with one more issue saying how many.
 *
 * @throws TypeError if `options.study` is not a study; RangeError for bad fields or options.
 * @category REFI-QDA
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { qdaRecords } from 'sos-eval/qualitative';
 * const study = defineStudy({
 *   id: 'demo', title: 'A made-up study',
 *   pilots: [{ id: 'north', name: 'North' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2024-01-01', end: '2024-06-30' } }],
 *   waves: [{ id: 'start', label: 'Start' }, { id: 'end', label: 'End' }],
 *   tools: [{ id: 'plan', name: 'Safety plan' }],
 *   usageLevels: [{ id: 'yes', label: 'Yes', uses: true }, { id: 'no', label: 'No', uses: false }],
 * });
 * const project = {
 *   name: 'p', users: [], variables: [], cases: [], issues: [],
 *   codebook: { codes: [{ id: 'it', name: 'IT challenges', parentId: null, codable: true }] },
 *   sources: [{ id: 'int-1', name: 'Interview 1', type: 'text' as const, cases: [],
 *     attributes: { Site: 'North', Wave: 'Start', Role: 'Senior manager', Informant: 'KI-01' } }],
 *   segments: [{ id: 's1', sourceId: 'int-1', codeId: 'it', start: 0, end: 5, coder: 'coder-a' }],
 * };
 * const records = qdaRecords(project, {
 *   study, fields: { pilot: 'Site', wave: 'Wave', role: 'Role', informant: 'Informant' },
 * });
 * records.sources[0].pilot //=> 'north'
 * records.sources[0].role //=> 'senior-manager'
 * records.segments.length //=> 1
 * ```
 */
export function qdaRecords(project: QdaProject, options: QdaRecordsOptions): QdaRecords {
  if (options === null || typeof options !== 'object')
    throw new TypeError(`options must be an object, got ${showValue(options)}`);
  const models = qualitativeModels(options.study, options);
  const study = models.study;
  const fields = options.fields as Partial<QdaFields> | undefined;
  if (fields === undefined || typeof fields.pilot !== 'string' || typeof fields.wave !== 'string') {
    throw new TypeError(
      `options.fields must name the variables of pilot and wave, got ${showValue(fields)}`,
    );
  }
  const defaultKind = options.defaultKind ?? 'interview';
  assertOneOf('options.defaultKind', defaultKind, SourceKindSchema.options);

  const pilotByKey = new Map<string, string>();
  for (const p of study.pilots) {
    pilotByKey.set(p.id.toLowerCase(), p.id);
    pilotByKey.set(p.name.trim().toLowerCase(), p.id);
  }
  const waveByKey = new Map<string, string>();
  for (const w of study.waves) {
    waveByKey.set(w.id.toLowerCase(), w.id);
    waveByKey.set(w.label.trim().toLowerCase(), w.id);
  }

  const issues: ValidationIssue[] = [];
  const candidates: Record<string, unknown>[] = [];
  const projectIndex: number[] = [];
  project.sources.forEach((src, i) => {
    if (src.type !== 'text') return;
    const a = src.attributes;
    const missing = (['pilot', 'wave'] as const).filter(
      (f) => asText(a[fields[f]!]) === undefined || asText(a[fields[f]!]) === '',
    );
    for (const f of missing) {
      issues.push({
        path: ['sources', i, f],
        code: 'missing_variable',
        message: `sources[${i}] (${src.name}): no value of variable ${JSON.stringify(fields[f])} for its ${f === 'pilot' ? 'site' : 'wave'}`,
      });
    }
    const pilotText = asText(a[fields.pilot!]) ?? '';
    const waveText = asText(a[fields.wave!]) ?? '';
    const roleText = fields.role === undefined ? undefined : asText(a[fields.role]);
    const kindText = fields.kind === undefined ? undefined : asText(a[fields.kind]);
    const informantText = fields.informant === undefined ? undefined : asText(a[fields.informant]);
    candidates.push({
      id: src.id,
      kind: kindText === undefined || kindText === '' ? defaultKind : slug(kindText),
      pilot: pilotByKey.get(pilotText.toLowerCase()) ?? pilotText,
      wave: waveByKey.get(waveText.toLowerCase()) ?? waveText,
      role: roleText === undefined || roleText === '' ? null : slug(roleText),
      informants:
        informantText === undefined
          ? []
          : informantText
              .split(/[,;]/)
              .map((s) => s.trim())
              .filter((s) => s !== ''),
      title: src.name,
      ...(src.text === undefined ? {} : { text: src.text }),
    });
    projectIndex.push(i);
  });
  const parsed = models.parseMany.source(candidates);
  for (const issue of parsed.issues) {
    const [row, ...rest] = issue.path;
    const i = projectIndex[row as number]!;
    issues.push({
      path: ['sources', i, ...rest],
      code: issue.code,
      message: `sources[${i}] (${project.sources[i]!.name}): ${issue.message.replace(/^\[\d+\]\.?/, '')}`,
    });
  }
  const kept = new Set(parsed.rows.map((s) => s.id));
  const setAside = new Map<string, number>();
  const segments = project.segments.filter((s) => {
    if (kept.has(s.sourceId)) return true;
    setAside.set(s.sourceId, (setAside.get(s.sourceId) ?? 0) + 1);
    return false;
  });
  for (const [sourceId, n] of setAside) {
    const i = project.sources.findIndex((s) => s.id === sourceId);
    issues.push({
      path: ['sources', i],
      code: 'segments_set_aside',
      message: `sources[${i}]: ${n} coded segment(s) set aside with their source`,
    });
  }
  return deepFreeze({
    sources: parsed.rows,
    segments,
    codebook: project.codebook,
    coders: [...new Set(segments.map((s) => s.coder))].sort(),
    issues,
  });
}
