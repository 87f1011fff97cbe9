// Numbers as R's print methods show them: format(x, digits = d) chooses, for the whole vector at
// once, between fixed and scientific notation by width (R's formatReal with scipen = 0), showing
// at most d significant digits and dropping trailing zeros.

interface Shape {
  neg: boolean;
  kpower: number;
  nsig: number;
}

function shape(x: number, digits: number): Shape {
  if (x === 0) return { neg: false, kpower: 0, nsig: 1 };
  const [mantissa, exponent] = Math.abs(x)
    .toExponential(digits - 1)
    .split('e') as [string, string];
  const sig = mantissa.replace('.', '').replace(/0+$/, '');
  return { neg: x < 0, kpower: Number(exponent), nsig: Math.max(1, sig.length) };
}

const nonFinite = (x: number): string => (Number.isNaN(x) ? 'NaN' : x > 0 ? 'Inf' : '-Inf');

function scientific(x: number, mantissaDigits: number): string {
  const [m, e] = x.toExponential(mantissaDigits - 1).split('e') as [string, string];
  const sign = e.startsWith('-') ? '-' : '+';
  const digits = e.replace(/^[-+]/, '');
  return `${m}e${sign}${digits.padStart(2, '0')}`;
}

// C's sprintf("%.*f"), which R's formatReal prints with: a value exactly halfway between two
// outputs rounds to the even one (773854.5 → "773854"), where toFixed rounds away from zero.
function toFixedC(x: number, decimals: number): string {
  const rounded = x.toFixed(decimals);
  const long = x.toFixed(100); // exact for any value fixed notation is chosen for
  const cut = long.indexOf('.') + (decimals > 0 ? decimals + 1 : 0);
  if (!/^50*$/.test(long.slice(cut + (decimals > 0 ? 0 : 1)))) return rounded;
  const truncated = long.slice(0, cut);
  return Number(truncated.at(-1)) % 2 === 0 ? truncated : rounded;
}

/** R's `format(values, digits = digits)`: common notation and width, right-aligned. */
export function formatR(values: readonly number[], digits: number): string[] {
  const finite = values.filter(Number.isFinite);
  let text: string[];
  if (finite.length === 0) {
    text = values.map(nonFinite);
  } else {
    const shapes = finite.map((x) => shape(x, digits));
    const anyNeg = shapes.some((s) => s.neg);
    const mxsl = maxOf(shapes.map((s) => (s.neg ? 1 : 0) + (s.kpower >= 0 ? s.kpower + 1 : 1)));
    const rgt = maxOf(shapes.map((s) => Math.max(0, s.nsig - s.kpower - 1)));
    const mxns = maxOf(shapes.map((s) => s.nsig));
    const bigExponent = shapes.some((s) => Math.abs(s.kpower) >= 100);
    const fixedWidth = mxsl + rgt + (rgt > 0 ? 1 : 0);
    const sciWidth = (anyNeg ? 1 : 0) + (mxns > 1 ? mxns + 1 : mxns) + (bigExponent ? 5 : 4);
    const fixed = fixedWidth <= sciWidth;
    text = values.map((x) => {
      if (!Number.isFinite(x)) return nonFinite(x);
      return fixed ? toFixedC(x, rgt) : scientific(x, mxns);
    });
  }
  const width = maxOf(text.map((t) => t.length));
  return text.map((t) => t.padStart(width));
}

// Math.max over an array with a loop (-Infinity when empty, as Math.max()): spreading a long
// array into Math.max overflows the stack.
function maxOf(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) max = Math.max(max, v);
  return max;
}

/** One number as R's `format(x, digits)` (or `cat(x)` with digits = 7). */
export const formatNumberR = (x: number, digits: number): string =>
  formatR([x], digits)[0] as string;

/** R's `format.pval(p, digits)` as print.htest uses it: below machine epsilon shows `< 2.2e-16`. */
export function formatPValueR(p: number, digits: number): string {
  if (p < Number.EPSILON) return `< ${formatNumberR(Number.EPSILON, Math.max(1, digits - 2))}`;
  return formatNumberR(p, digits);
}
