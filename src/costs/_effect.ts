import { assertFinite, showValue } from '../_lib/args.js';
import type { EffectSummary } from './cost-effectiveness.js';

// qnorm(0.975), the only level an interval is turned into a standard error at.
const Z975 = 1.959963984540054;

/** @internal The standard error of an effect summary: `se`, else from a 95% interval, else 0. */
export function effectSe(effect: EffectSummary, name = 'input.effect'): number {
  if (effect.se !== undefined) {
    assertFinite(`${name}.se`, effect.se);
    return effect.se;
  }
  const ci =
    effect.confInt ??
    (effect.confLow !== undefined && effect.confHigh !== undefined
      ? ([effect.confLow, effect.confHigh] as const)
      : undefined);
  if (ci === undefined) return 0;
  const level = effect.confLevel ?? 0.95;
  if (level !== 0.95)
    throw new RangeError(
      `${name}.confLevel must be 0.95 to read a standard error from the interval (or give ${name}.se), got ${showValue(level)}`,
    );
  assertFinite(`${name} interval limit`, ci[0]);
  assertFinite(`${name} interval limit`, ci[1]);
  return (ci[1] - ci[0]) / (2 * Z975);
}
