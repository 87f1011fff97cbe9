import { deepFreeze } from '../_lib/deep-freeze.js';
import type { MeasureDefinition, MeasureDefinitionInput } from './measure-definition.js';
import { MeasureDefinitionSchema } from './measure-definition-schema.js';

// Definitions that have passed validation, so scoring a known definition does not re-validate it.
const checked = new WeakSet<object>();

const showPath = (path: readonly PropertyKey[]) =>
  path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');

/**
 * Validates a measure definition against {@link MeasureDefinitionSchema} and returns it with
 * defaults filled in, deeply frozen. A definition of the wrong shape throws a TypeError; one whose
 * parts contradict each other (an item number out of range, a total naming no subscale, bands
 * with a gap) throws a RangeError. Either message names the offending part.
 *
 * @category Definitions
 * @example
 * ```ts
 * import { defineMeasure, scoreMeasure } from 'sos-eval/measures';
 * const kessler2 = defineMeasure({
 *   id: 'my-2-item', name: 'Two items', source: 'in-house',
 *   items: { count: 2, min: 1, max: 5 }, reverseKeyed: [2],
 *   totals: { total: { kind: 'all-items' } }, total: 'total',
 * });
 * scoreMeasure(kessler2, [5, 1]).total //=> 10
 * Object.isFrozen(kessler2) //=> true
 * ```
 */
export function defineMeasure(definition: MeasureDefinitionInput): MeasureDefinition {
  if (definition !== null && typeof definition === 'object' && checked.has(definition)) {
    return definition as MeasureDefinition;
  }
  const parsed = MeasureDefinitionSchema.safeParse(definition);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = `definition${showPath(issue.path)}`;
    const Err = issue.code === 'custom' ? RangeError : TypeError;
    throw new Err(`${where}: ${issue.message}`);
  }
  const result = deepFreeze(parsed.data);
  checked.add(result);
  return result;
}
