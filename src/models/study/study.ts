import type { z } from 'zod';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CaseRecord } from '../case-record.js';
import type { Family } from '../family.js';
import type { FamilyInterview } from '../family-interview.js';
import type { DateWindow } from '../iso-date.js';
import type { ParsedRows } from '../parse.js';
import type { ToolAudience, ToolCategory } from '../tool.js';
import type { ValidationIssue } from '../validation-issue.js';
import type { SocialWorker, WorkerSurveyResponse } from '../worker.js';
import type {
  StudyDefinition,
  StudyMeasureDefinition,
  StudyPilotDefinition,
} from './study-definition.js';

/**
 * A site of a study, as {@link defineStudy} normalised it.
 *
 * @category Studies
 */
export interface StudyPilot<P extends string = string, G extends string = string> {
  /** The site's id. */
  readonly id: P;
  /** The site's name. */
  readonly name: string;
  /** The kind of English local authority, where known. */
  readonly authorityType?: StudyPilotDefinition['authorityType'];
  /** The site's level of each grouping it has one for. */
  readonly groups: Readonly<Partial<Record<G, string>>>;
}

/**
 * A grouping of a study's sites and its ordered levels.
 *
 * @category Studies
 */
export interface StudyGrouping<G extends string = string> {
  /** The grouping's id. */
  readonly id: G;
  /** How tables name the grouping. */
  readonly label: string;
  /** The levels in order. */
  readonly levels: readonly {
    /** The level's id. */
    readonly id: string;
    /** How tables name the level. */
    readonly label: string;
  }[];
}

/**
 * A cohort of a study: its id, label and referral window.
 *
 * @category Studies
 */
export interface StudyCohort<C extends string = string> {
  /** The cohort's id. */
  readonly id: C;
  /** How tables name it (the id when the definition gave no label). */
  readonly label: string;
  /** The first and last referral dates (inclusive). */
  readonly referrals: DateWindow;
}

/**
 * A wave of a study: its id, label, position and fieldwork window.
 *
 * @category Studies
 */
export interface StudyWave<W extends string = string> {
  /** The wave's id. */
  readonly id: W;
  /** How tables name it, such as "Twelve months". */
  readonly label: string;
  /** Its position in time order, from 0. */
  readonly index: number;
  /** The fieldwork dates (inclusive), when the definition gave them. */
  readonly fieldwork?: DateWindow;
}

/**
 * A tool of a study's catalogue.
 *
 * @category Studies
 */
export interface StudyTool<T extends string = string> {
  /** The tool's id, the key of usage answers. */
  readonly id: T;
  /** The tool's name. */
  readonly name: string;
  /** Whom the tool is used with, when given. */
  readonly audience?: ToolAudience;
  /** What the tool is for, when given. */
  readonly category?: ToolCategory;
  /** Other names CSV headers may use (empty when none). */
  readonly aliases: readonly string[];
  /** One sentence on the tool, when given. */
  readonly description?: string;
}

/**
 * One answer of a study's usage question.
 *
 * @category Studies
 */
export interface StudyUsageLevel<L extends string = string> {
  /** The answer's id. */
  readonly id: L;
  /** How tables name it. */
  readonly label: string;
  /** Whether the answer counts as using the tool. */
  readonly uses: boolean;
}

/**
 * A scale of a study (plain data; `defineScale` in `sos-eval/scaling` makes a working scale).
 *
 * @category Studies
 */
export interface StudyScale {
  /** The scale's id. */
  readonly id: string;
  /** The lowest score. */
  readonly min: number;
  /** The highest score. */
  readonly max: number;
  /** The distance between points. */
  readonly step: number;
  /** Wording of anchored points, keyed by score (empty when none). */
  readonly anchors: Readonly<Record<string, string>>;
}

/**
 * A site record as a study's `schemas.pilot` accepts it.
 *
 * @category Studies
 */
export interface PilotRecord<P extends string = string> {
  /** The site's id: one of the study's. */
  readonly id: P;
  /** The site's name. */
  readonly name: string;
  /** The kind of English local authority, where known. */
  readonly authorityType?: StudyPilotDefinition['authorityType'];
  /** The site's level of each grouping. */
  readonly groups?: Readonly<Record<string, string>>;
}

/**
 * The records of a study, by name, typed with the study's own ids.
 *
 * @category Studies
 */
export interface StudyRecords<
  P extends string = string,
  C extends string = string,
  W extends string = string,
  T extends string = string,
  L extends string = string,
> {
  /** A site. */
  readonly pilot: PilotRecord<P>;
  /** A social worker. */
  readonly socialWorker: SocialWorker<P>;
  /** A worker's survey answers. */
  readonly workerSurveyResponse: WorkerSurveyResponse<P, W, T, L>;
  /** A family. */
  readonly family: Family<P, C>;
  /** A family's interview at one wave. */
  readonly familyInterview: FamilyInterview<W>;
  /** An audit of a family's case file. */
  readonly caseRecord: CaseRecord<T>;
}

/**
 * The name of one of a study's record kinds: `'family'`, `'workerSurveyResponse'`, ….
 *
 * @category Studies
 */
export type StudyRecordName = keyof StudyRecords;

/**
 * A study made by {@link defineStudy}: its normalised catalogue (sites, groupings, cohorts,
 * waves, tools, usage levels, scales, measures, scorers), zod schemas and parsers for its
 * records, and date and grouping helpers. The type parameters are the literal unions of its ids
 * (`string` for a study whose definition was not a literal).
 *
 * @category Studies
 */
export interface Study<
  P extends string = string,
  C extends string = string,
  W extends string = string,
  T extends string = string,
  L extends string = string,
  G extends string = string,
> {
  /** The study's id. */
  readonly id: string;
  /** The study's title. */
  readonly title: string;
  /** The framework evaluated, when given. */
  readonly framework?: string;
  /** The definition as given (frozen): plain data, ready for `JSON.stringify`. */
  readonly definition: StudyDefinition;
  /** The sites, in definition order. */
  readonly pilots: readonly StudyPilot<P, G>[];
  /** The groupings (empty when none). */
  readonly groupings: readonly StudyGrouping<G>[];
  /** The cohorts. */
  readonly cohorts: readonly StudyCohort<C>[];
  /** The waves, in time order. */
  readonly waves: readonly StudyWave<W>[];
  /** The tool catalogue. */
  readonly tools: readonly StudyTool<T>[];
  /** The usage question's answers, from most use to least. */
  readonly usageLevels: readonly StudyUsageLevel<L>[];
  /** The scales judgements are scored on. */
  readonly scales: readonly StudyScale[];
  /** The measures interviews carry; empty means any measure id is accepted. */
  readonly measures: readonly StudyMeasureDefinition[];
  /** Who scores scaling judgements. */
  readonly scorers: readonly string[];
  /** The ids of each list, in order. */
  readonly ids: {
    /** The sites' ids. */
    readonly pilots: readonly P[];
    /** The cohorts' ids. */
    readonly cohorts: readonly C[];
    /** The waves' ids, in time order. */
    readonly waves: readonly W[];
    /** The tools' ids. */
    readonly tools: readonly T[];
    /** The usage levels' ids, most use first. */
    readonly usageLevels: readonly L[];
    /** The groupings' ids. */
    readonly groupings: readonly G[];
  };
  /** zod schemas of the study's records: ids outside the study and dates outside windows fail. */
  readonly schemas: { readonly [K in StudyRecordName]: z.ZodType<StudyRecords<P, C, W, T, L>[K]> };
  /** Parsers returning `Either<ValidationIssue[], record>`; they never throw. */
  readonly parse: {
    readonly [K in StudyRecordName]: (
      input: unknown,
    ) => Either<ValidationIssue[], StudyRecords<P, C, W, T, L>[K]>;
  };
  /** Parsers of many rows: the valid rows, their indices and an issue per problem. */
  readonly parseMany: {
    readonly [K in StudyRecordName]: (
      input: readonly unknown[],
    ) => ParsedRows<StudyRecords<P, C, W, T, L>[K]>;
  };
  /**
   * A schema for one of the study's records with extra columns of the study's own. The result
   * keeps every check of the record (ids, windows) and parses without throwing.
   */
  extend<K extends StudyRecordName, E extends z.ZodRawShape>(
    record: K,
    shape: E,
  ): z.ZodType<StudyRecords<P, C, W, T, L>[K] & z.output<z.ZodObject<E>>>;
  /** The cohort whose referral window holds `date`, or `null`. */
  cohortOf(date: string): C | null;
  /** The wave whose fieldwork window holds `date`, or `null` (none, or windows overlap there). */
  waveOf(date: string): W | null;
  /** A site's level of a grouping, or `null` when the site has none. */
  groupOf(pilotId: P, grouping: G): string | null;
  /** A wave by id, or `undefined`. */
  wave(id: string): StudyWave<W> | undefined;
  /** A cohort by id, or `undefined`. */
  cohort(id: string): StudyCohort<C> | undefined;
  /** A site by id, or `undefined`. */
  pilot(id: string): StudyPilot<P, G> | undefined;
  /** A tool by id, or `undefined`. */
  tool(id: string): StudyTool<T> | undefined;
  /** A grouping by id, or `undefined`. */
  grouping(id: string): StudyGrouping<G> | undefined;
  /** The definition, so `JSON.stringify(study)` writes it. */
  toJSON(): StudyDefinition;
}

/**
 * A study of any ids: what functions that accept every study take.
 *
 * @category Studies
 */
export type AnyStudy = Study<string, string, string, string, string, string>;

/**
 * The literal union of a study's site ids.
 *
 * @category Studies
 */
export type StudyPilotId<S> =
  S extends Study<infer P, string, string, string, string, string> ? P : never;
/**
 * The literal union of a study's cohort ids.
 *
 * @category Studies
 */
export type StudyCohortId<S> =
  S extends Study<string, infer C, string, string, string, string> ? C : never;
/**
 * The literal union of a study's wave ids.
 *
 * @category Studies
 */
export type StudyWaveId<S> =
  S extends Study<string, string, infer W, string, string, string> ? W : never;
/**
 * The literal union of a study's tool ids.
 *
 * @category Studies
 */
export type StudyToolId<S> =
  S extends Study<string, string, string, infer T, string, string> ? T : never;
/**
 * The literal union of a study's usage level ids.
 *
 * @category Studies
 */
export type StudyUsageLevelId<S> =
  S extends Study<string, string, string, string, infer L, string> ? L : never;
/**
 * The literal union of a study's grouping ids.
 *
 * @category Studies
 */
export type StudyGroupingId<S> =
  S extends Study<string, string, string, string, string, infer G> ? G : never;
/**
 * The type of one of a study's records, by name: `StudyRecord<typeof study, 'family'>`.
 *
 * @category Studies
 */
export type StudyRecord<S, K extends StudyRecordName> =
  S extends Study<infer P, infer C, infer W, infer T, infer L, string>
    ? StudyRecords<P, C, W, T, L>[K]
    : never;
