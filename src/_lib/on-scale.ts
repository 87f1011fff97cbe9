// Scores such as 0.1-steps are not exact in binary, so "on a step" allows a tiny relative slack.
const SLACK = 1e-9;

/** The number of steps from `min` to `score` when it is a whole number of steps, else NaN. */
export function stepIndex(score: number, min: number, step: number): number {
  const k = (score - min) / step;
  const whole = Math.round(k);
  return Math.abs(k - whole) <= SLACK * Math.max(1, Math.abs(k)) ? whole : Number.NaN;
}

/** Why `score` is not on the scale, or undefined when it is. */
export function offScaleReason(
  score: number,
  scale: { readonly min: number; readonly max: number; readonly step: number },
): { code: 'too_small' | 'too_big' | 'not_on_step' | 'not_finite'; text: string } | undefined {
  if (!Number.isFinite(score))
    return { code: 'not_finite', text: `${score} is not a finite number` };
  if (score < scale.min)
    return { code: 'too_small', text: `${score} is below the scale minimum ${scale.min}` };
  if (score > scale.max)
    return { code: 'too_big', text: `${score} is above the scale maximum ${scale.max}` };
  if (Number.isNaN(stepIndex(score, scale.min, scale.step)))
    return {
      code: 'not_on_step',
      text: `${score} is not on a step of ${scale.step} from ${scale.min}`,
    };
  return undefined;
}
