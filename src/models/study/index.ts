export * from './study-definition.js';
export * from './study-defaults.js';
export type * from './study.js';
export { defineStudy, type IdOf, type StudyOf } from './define-study.js';
