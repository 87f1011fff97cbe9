// Accumulates a ScaleTally; shared by tallyScale, the monoid and fromCounts.
import type { ValidationIssue } from '../models/validation-issue.js';
import type { Scale } from './scale.js';
import type { ScaleTally } from './scale-tally.js';

export class ScaleTallyBuilder {
  readonly counts: number[];
  missing = 0;
  readonly issues: ValidationIssue[] = [];
  invalidWithoutIssue = 0;

  constructor(readonly scale: Scale) {
    this.counts = scale.points.map(() => 0);
  }

  addTally(t: ScaleTally): void {
    if (t.scale !== this.scale.id || t.counts.length !== this.counts.length) {
      throw new RangeError(
        `cannot merge a tally on scale ${JSON.stringify(t.scale)} into one on ${JSON.stringify(this.scale.id)}`,
      );
    }
    t.counts.forEach((c, k) => (this.counts[k]! += c.count));
    this.missing += t.missing;
    for (const issue of t.issues) this.issues.push(issue);
    this.invalidWithoutIssue += t.invalid - t.issues.length;
  }

  build(): ScaleTally {
    const { scale } = this;
    return Object.freeze({
      scale: scale.id,
      counts: Object.freeze(
        scale.points.map((score, k) => Object.freeze({ score, count: this.counts[k]! })),
      ),
      missing: this.missing,
      invalid: this.issues.length + this.invalidWithoutIssue,
      issues: Object.freeze([...this.issues]),
    });
  }
}
