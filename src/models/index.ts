/**
 * Typed domain models for a Signs of Safety evaluation: zod schemas, their TypeScript types and
 * parsers that return `Either<ValidationIssue[], T>` — pilots and experience groupings, cohorts
 * and waves, tools and usage levels, social workers and their survey answers, families, their
 * interviews and case records — plus calendar-date helpers that never depend on the time zone.
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
