import { assertOneOf, showValue } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import type { ValidationIssue } from '../models/validation-issue.js';

/**
 * Who completed an SDQ: `'parent'`, `'teacher'` or `'self'`.
 *
 * @category Instruments
 * @example
 * ```ts
 * import type { SdqInformant } from 'sos-eval/measures';
 * const who: SdqInformant = 'teacher';
 * who //=> "teacher"
 * ```
 */
export type SdqInformant = 'parent' | 'teacher' | 'self';

const INFORMANTS: readonly SdqInformant[] = ['parent', 'teacher', 'self'];
const IMPACT_ITEMS: Readonly<Record<SdqInformant, number>> = { parent: 5, teacher: 3, self: 5 };

/**
 * Answers to the SDQ impact supplement, as codes. `difficulties` is the "any difficulties?"
 * answer: 0 no, 1 minor, 2 definite, 3 severe. `items` are the impact items in form order
 * (distress then the areas of life: five for parent and self, three for teacher), each coded
 * 0 not at all, 1 only a little, 2 quite a lot, 3 a great deal.
 *
 * @category Instruments
 * @example
 * ```ts
 * import { scoreSdqImpact, type SdqImpactResponses } from 'sos-eval/measures';
 * const r: SdqImpactResponses = { difficulties: 2, items: [3, 2, 1, 0, 2] };
 * scoreSdqImpact(r, { informant: 'parent' }).impact //=> 4
 * ```
 */
export interface SdqImpactResponses {
  /** The "any difficulties?" answer, 0–3; null or undefined when missing. */
  readonly difficulties: number | null | undefined;
  /** Impact item codes, 0–3 each; null or undefined when missing. */
  readonly items: readonly (number | null | undefined)[];
}

/**
 * The SDQ impact score with the issues found in the answers.
 *
 * @category Instruments
 * @example
 * ```ts
 * import { scoreSdqImpact } from 'sos-eval/measures';
 * scoreSdqImpact({ difficulties: 0, items: [] }, { informant: 'teacher' }) //=> { informant: 'teacher', impact: 0, issues: [] }
 * ```
 */
export interface SdqImpactScore {
  /** Who completed the form. */
  readonly informant: SdqInformant;
  /** The impact score (0–10 parent and self, 0–6 teacher), or null when it cannot be scored. */
  readonly impact: number | null;
  /** What was wrong with the answers. */
  readonly issues: readonly ValidationIssue[];
}

const RECODE = [0, 0, 1, 2] as const;

function readCode(
  value: unknown,
  path: (string | number)[],
  what: string,
  issues: ValidationIssue[],
): number | null {
  if (value === null || value === undefined) {
    issues.push({ path, code: 'missing', message: `${what} is missing` });
  } else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 3) {
    issues.push({
      path,
      code: 'out_of_range',
      message: `${what} must be a whole number from 0 to 3, got ${showValue(value)}`,
    });
  } else {
    return value;
  }
  return null;
}

/**
 * Scores the SDQ impact supplement: impact items recoded 0/0/1/2 (not at all and only a little
 * both score 0) and summed — five items for parent and self (0–10), three for teacher (0–6)
 * [2+ sources]. When the "any difficulties?" answer is no (0), impact is 0 whatever the items say.
 * Otherwise every impact item must be present, or impact is null (our rule: none is published
 * here). Bad answers are reported as issues, never thrown; a bad `informant` throws.
 *
 * @category Instruments
 * @example
 * ```ts
 * import { scoreSdqImpact } from 'sos-eval/measures';
 * scoreSdqImpact({ difficulties: 1, items: [3, 3, 3] }, { informant: 'teacher' }).impact //=> 6
 * scoreSdqImpact({ difficulties: 0, items: [3, 3, 3, 3, 3] }, { informant: 'self' }).impact //=> 0
 * scoreSdqImpact({ difficulties: 2, items: [1, 1, 1, 1, null] }, { informant: 'parent' }).impact //=> null
 * ```
 */
export function scoreSdqImpact(
  responses: SdqImpactResponses,
  options: { readonly informant: SdqInformant },
): SdqImpactScore {
  if (options === null || typeof options !== 'object')
    throw new TypeError(`options must be an object, got ${showValue(options)}`);
  const { informant } = options;
  assertOneOf('options.informant', informant, INFORMANTS);
  const issues: ValidationIssue[] = [];
  const done = (impact: number | null) => deepFreeze({ informant, impact, issues });
  if (responses === null || typeof responses !== 'object') {
    issues.push({
      path: [],
      code: 'invalid_type',
      message: `responses must be an object, got ${showValue(responses)}`,
    });
    return done(null);
  }
  const difficulties = readCode(
    responses.difficulties,
    ['difficulties'],
    'the difficulties answer',
    issues,
  );
  if (difficulties === 0) return done(0);
  const count = IMPACT_ITEMS[informant];
  const items: unknown = responses.items;
  if (!Array.isArray(items)) {
    issues.push({
      path: ['items'],
      code: 'not_array',
      message: `items must be an array, got ${showValue(items)}`,
    });
    return done(null);
  }
  if (items.length !== count) {
    issues.push({
      path: ['items'],
      code: 'wrong_length',
      message: `the ${informant} impact supplement has ${count} items, got ${items.length}`,
    });
  }
  const codes = Array.from({ length: count }, (_, i) =>
    readCode(items[i], ['items', i], `impact item ${i + 1}`, issues),
  );
  if (difficulties === null || codes.includes(null)) return done(null);
  return done(codes.reduce<number>((sum, c) => sum + RECODE[c!]!, 0));
}
