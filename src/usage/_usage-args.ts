import { showValue } from '../_lib/args.js';
import { TOOL_IDS, type ToolId } from '../models/tool.js';

const KNOWN = new Set<string>(TOOL_IDS);

/** True for one of the package's tool ids. */
export const isToolId = (value: unknown): value is ToolId =>
  typeof value === 'string' && KNOWN.has(value);

/** Checks a `tools` option: an array of known, distinct tool ids, returned in TOOL_IDS order. */
export function toolsOption(name: string, value: unknown): readonly ToolId[] {
  if (value === undefined) return TOOL_IDS;
  if (!Array.isArray(value))
    throw new TypeError(`${name} must be an array of tool ids, got ${showValue(value)}`);
  const seen = new Set<ToolId>();
  value.forEach((tool: unknown, i) => {
    if (!isToolId(tool)) {
      throw new RangeError(
        `${name}[${i}] must be one of the tool ids (${TOOL_IDS.join(', ')}), got ${showValue(tool)}`,
      );
    }
    if (seen.has(tool)) throw new RangeError(`${name}[${i}] repeats ${showValue(tool)}`);
    seen.add(tool);
  });
  return TOOL_IDS.filter((t) => seen.has(t));
}

export { assertIterable } from '../_lib/args.js';

/** Throws unless `value` is undefined or a plain options object. */
export function assertOptions(name: string, value: unknown): void {
  if (
    value !== undefined &&
    (value === null || typeof value !== 'object' || Array.isArray(value))
  ) {
    throw new TypeError(`${name} must be an options object, got ${showValue(value)}`);
  }
}

/** Throws a TypeError unless `value` looks like a UsageTally. */
export function assertTally(name: string, value: unknown): void {
  const groups = (value as { groups?: unknown } | null)?.groups;
  if (
    value === null ||
    typeof value !== 'object' ||
    groups === null ||
    typeof groups !== 'object' ||
    !Array.isArray((value as { issues?: unknown }).issues)
  ) {
    throw new TypeError(
      `${name} must be a UsageTally ({ groups, issues }), got ${showValue(value)}`,
    );
  }
}
