import { assertAsyncIterable, assertIterable } from '../_lib/args.js';
import { ScaleTallyBuilder } from './_scale-tally-builder.js';
import { readScore } from './_read-score.js';
import { assertScale } from './_scale-arg.js';
import { stepIndex } from '../_lib/on-scale.js';
import type { Scale } from './scale.js';
import type { ScaleTally } from './scale-tally.js';

/**
 * Tallies scores on a scale in one pass over any iterable — an array, a generator, a column
 * streamed from a file — in memory proportional to the scale's points (plus one issue per invalid
 * value). Missing values (`null`, `undefined`, NaN) are counted; values off the scale become
 * issues. {@link summariseScaleTally} reads the same summary as {@link summariseScale} from it, and
 * tallies of chunks merge with {@link getScaleTallyMonoid}.
 *
 * @param scores - Scores, possibly with missing or invalid values.
 * @param scale - The scale they are on.
 * @throws TypeError when `scores` is not iterable or `scale` is not a scale.
 * @category Summaries
 * @example
 * ```ts
 * import { tallyScale, summariseScaleTally, SAFETY_SCALE } from 'sos-eval/scaling';
 *
 * function* column() {
 *   yield* [2, 4, 4.5, null, 7, 12];
 * }
 * const t = tallyScale(column(), SAFETY_SCALE);
 * [t.missing, t.invalid, t.issues[0].code] //=> [1, 1, 'too_big']
 * summariseScaleTally(t, SAFETY_SCALE).median //=> 4.25
 * ```
 */
export function tallyScale(scores: Iterable<unknown>, scale: Scale): ScaleTally {
  assertIterable('scores', scores);
  assertScale('scale', scale);
  const tallier = new ScaleTallier(scale);
  for (const value of scores) tallier.push(value);
  return tallier.builder.build();
}

/**
 * {@link tallyScale} over an `AsyncIterable` (a Node stream, rows from `readCsvStream`) or a plain
 * iterable: the same tally, awaited.
 *
 * @param scores - Scores, synchronously or asynchronously iterable.
 * @param scale - The scale they are on.
 * @category Summaries
 * @example
 * ```ts
 * import { tallyScaleAsync, CONFIDENCE_SCALE } from 'sos-eval/scaling';
 *
 * async function* ratings() {
 *   yield 6;
 *   yield 9;
 *   yield null;
 * }
 * const t = await tallyScaleAsync(ratings(), CONFIDENCE_SCALE);
 * [t.counts[5], t.counts[8], t.missing] //=> [{ score: 6, count: 1 }, { score: 9, count: 1 }, 1]
 * ```
 */
export async function tallyScaleAsync(
  scores: AsyncIterable<unknown> | Iterable<unknown>,
  scale: Scale,
): Promise<ScaleTally> {
  assertAsyncIterable('scores', scores);
  assertScale('scale', scale);
  const tallier = new ScaleTallier(scale);
  for await (const value of scores) tallier.push(value);
  return tallier.builder.build();
}

class ScaleTallier {
  readonly builder: ScaleTallyBuilder;
  private index = 0;

  constructor(private readonly scale: Scale) {
    this.builder = new ScaleTallyBuilder(scale);
  }

  push(value: unknown): void {
    const read = readScore(value, this.scale, [this.index++]);
    const { builder } = this;
    if (read.kind === 'score') {
      builder.counts[stepIndex(read.score, this.scale.min, this.scale.step)]!++;
    } else if (read.kind === 'missing') builder.missing++;
    else builder.issues.push(read.issue);
  }
}
