/**
 * `sos-eval/models` — typed domain models for a Signs of Safety evaluation: zod schemas, their
 * TypeScript types and parsers that return `Either<ValidationIssue[], T>` — pilots and experience
 * groupings, cohorts and waves, tools and usage levels, social workers and their survey answers,
 * families, their interviews and case records — plus calendar-date helpers that never depend on
 * the time zone. Parsers never throw: every problem in a record comes back as a
 * {@link ValidationIssue} naming the field. See the [data model guide](../../docs/data-model.md)
 * for how the records fit together, and [getting started](../../docs/getting-started.md) for
 * parsing records and reading their issues.
 *
 * @module models
 */
export type { ValidationIssue } from './validation-issue.js';
export * from './parse.js';
export * from './iso-date.js';
export * from './experience-group.js';
export * from './pilot.js';
export * from './cohort.js';
export * from './tool.js';
export * from './worker.js';
export * from './concern.js';
export * from './family.js';
export * from './family-interview.js';
export * from './case-record.js';
export * from './date-helpers.js';
