import { showValue } from '../_lib/args.js';

export { assertIterable } from '../_lib/args.js';

/** Throws a TypeError unless `value` looks like a UsageTally. */
export function assertTally(name: string, value: unknown): void {
  const t = value as { by?: unknown; groups?: unknown; issues?: unknown } | null;
  if (
    t === null ||
    typeof t !== 'object' ||
    t.groups === null ||
    typeof t.groups !== 'object' ||
    !Array.isArray(t.issues) ||
    !(t.by === null || typeof t.by === 'string')
  ) {
    throw new TypeError(
      `${name} must be a UsageTally ({ by, groups, issues }), got ${showValue(value)}`,
    );
  }
}
