/**
 * `sos-eval/models` — typed domain models for any evaluation of a practice framework:
 * {@link defineStudy} turns a study described as data (sites and their groupings, cohorts, two
 * or more waves, tools, usage levels, scales, measures) into zod schemas, TypeScript types and
 * parsers that return `Either<ValidationIssue[], T>` for its social workers and their survey
 * answers, families, their interviews and case records — plus calendar-date helpers that never
 * depend on the time zone. Parsers never throw: every problem in a record comes back as a
 * {@link ValidationIssue} naming the field. See the [data model guide](../../docs/data-model.md)
 * for how the records fit together, and [getting started](../../docs/getting-started.md) for
 * parsing records and reading their issues.
 *
 * @module models
 */
export type { ValidationIssue } from './validation-issue.js';
export * from './parse.js';
export * from './iso-date.js';
export * from './authority-type.js';
export * from './tool.js';
export * from './worker.js';
export * from './concern.js';
export * from './family.js';
export * from './family-interview.js';
export * from './case-record.js';
export * from './study/index.js';
