// Fisher's noncentral hypergeometric distribution of the top-left cell of a 2 × 2 table given its
// margins, computed with the same arithmetic as R's fisher.test (R 4.2, src/library/stats/R/
// fisher.test.R), so that uniroot's path through it, and hence the estimate and confidence limits
// R prints, come out the same to the last bit or nearly so:
//
// - logdc is R's dhyper(support, m, n, k, log = TRUE): dbinom_raw with Loader's stirlerr and bd0
//   (src/nmath/dhyper.c, dbinom.c, stirlerr.c, bd0.c);
// - R's sum() adds doubles in an x87 long double (64-bit significand) and rounds once at the end
//   (rsum in src/main/summary.c); the sums here emulate that accumulator exactly;
// - glibc's exp and log, which R calls, are correctly rounded in all but rare cases (about 1 in
//   1,000 arguments here), while V8's Math.exp and Math.log miss by one unit in the last place
//   for 3 to 10 per cent of arguments; a
//   one-unit difference is enough to turn one of uniroot's decisions (a symmetric table's mean of
//   exactly 2 came out 2.0000000000000004 and uniroot took another path, ending 4e-5 away), so
//   exp and log are evaluated in double-double and rounded once. log1p stays Math.log1p: V8 and
//   glibc both use fdlibm's, which agree on all but about 1 in 2,500 arguments;
// - pnhyper(x, 1) is R's phyper (src/nmath/phyper.c, its long double pdhyper series included).
import { showValue } from '../_lib/args.js';
import type { Alternative } from './alternative.js';
import { uniroot } from './_zeroin.js';

const DBL_EPSILON = 2 ** -52;

// ---------------------------------------------------------------------------------------------
// Error-free transformations. Results of the double-double operations are left in HI and LO
// rather than returned in a fresh array: the density loops run them 10^5 times per evaluation.
let HI = 0;
let LO = 0;

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  LO = a - (s - bb) + (b - bb);
  HI = s;
}

function fastTwoSum(a: number, b: number): void {
  const s = a + b;
  LO = b - (s - a);
  HI = s;
}

const SPLITTER = 134217729; // 2^27 + 1

/** The rounding error of p = a * b (Dekker), for |a|, |b| well inside the double range. */
function twoProductError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

// ---------------------------------------------------------------------------------------------
// exp and log in double-double (relative error about 2^-75), rounded once.

const INV_LN2_64 = 92.33248261689366; // 64 / ln 2
// ln(2) / 64 in three parts; the first has 32 significant bits, so k * LN2_64_1 is exact.
const LN2_64_1 = 0.010830424696905538;
const LN2_64_2 = -6.563929801064195e-13;
const LN2_64_3 = -2.0507341277789462e-29;
// 2^(j/64) = EXP2_HI[j] + EXP2_LO[j] for j = 0, …, 63 (from a 300-bit computation).
// prettier-ignore
const EXP2_HI = [1.0, 1.0108892860517005, 1.0218971486541166, 1.0330248790212284, 1.0442737824274138, 1.0556451783605572, 1.0671404006768237, 1.0787607977571199, 1.0905077326652577, 1.102382583307841, 1.1143867425958924, 1.1265216186082418, 1.1387886347566916, 1.1511892299529827, 1.1637248587775775, 1.1763969916502812, 1.189207115002721, 1.202156731452703, 1.215247359980469, 1.22848053610687, 1.241857812073484, 1.255380757024691, 1.2690509571917332, 1.2828700160787783, 1.2968395546510096, 1.3109612115247644, 1.3252366431597413, 1.339667524053303, 1.3542555469368927, 1.3690024229745905, 1.383909881963832, 1.3989796725383112, 1.4142135623730951, 1.42961333839197, 1.4451808069770467, 1.460917794180647, 1.4768261459394993, 1.4929077282912648, 1.5091644275934228, 1.5255981507445384, 1.5422108254079407, 1.559004400237837, 1.5759808451078865, 1.593142151342267, 1.6104903319492543, 1.6280274218573478, 1.645755478153965, 1.6636765803267364, 1.681792830507429, 1.7001063537185235, 1.718619298122478, 1.7373338352737062, 1.7562521603732995, 1.7753764925265212, 1.7947090750031072, 1.8142521755003989, 1.8340080864093424, 1.8539791250833855, 1.8741676341103, 1.8945759815869656, 1.9152065613971474, 1.9360617934922943, 1.9571441241754002, 1.978456026387951];
// prettier-ignore
const EXP2_LO = [0.0, -1.5234778603368577e-17, 5.109225028973444e-17, 7.600838874027088e-18, 8.551889705537965e-17, 1.759325738772092e-18, -7.899853966841582e-17, -6.656660436056593e-17, -3.046782079812471e-17, 5.2660368715706944e-17, 1.0410278456845571e-16, 5.165856758795457e-17, 8.912812676025408e-17, 3.250710218863827e-17, 3.8292048369240935e-17, 5.554203254218079e-17, 3.982015231465646e-17, 6.644981499252301e-17, -7.712630692681488e-17, -1.89878163130253e-17, 4.658027591836937e-17, -6.7113898212968784e-18, 2.667932131342186e-18, 1.713594918243561e-17, 2.5382502794888315e-17, -7.181536135519454e-17, -2.8587312100388614e-17, 8.927282594831732e-17, 7.70094837980299e-17, 9.593797919118849e-17, -6.770511658794786e-17, -9.614213209051323e-17, -9.667293313452913e-17, -1.2031642489053655e-17, -3.0237581349939873e-17, -5.600377186075216e-17, -3.483994556892796e-17, 1.4192920154284036e-17, -1.016455327754295e-16, -1.1024941712342561e-16, 7.949834809697621e-17, 3.7812070533575275e-17, -1.0136916471278304e-17, -1.0094406542311964e-16, 2.4707192569797888e-17, -6.712955084707084e-17, -1.0125679913674773e-16, 5.8909926967131e-17, 8.199010020581497e-17, -8.0237193703977e-18, -1.851380418263111e-17, 3.164389299292957e-17, 2.960140695448873e-17, 6.429731796556572e-17, 1.8227458427912087e-17, -9.969531538920349e-17, 3.283107224245627e-17, 9.761887490727594e-17, -6.122763413004143e-17, 3.4034035352165297e-17, -1.0619946056195963e-16, 1.0332385960676326e-16, 8.960767791036668e-17, 4.0388753109278167e-17];

/** e^y as HI + LO. Outside (-708, 709), where the result is subnormal or overflows, Math.exp. */
function expDd(y: number): void {
  if (!(y > -708 && y < 709)) {
    HI = Math.exp(y);
    LO = 0;
    return;
  }
  // y = k ln2/64 + r, |r| <= ln2/128; e^y = 2^(k div 64) 2^((k mod 64)/64) e^r.
  const k = Math.round(y * INV_LN2_64);
  const r0 = y - k * LN2_64_1; // exact (Sterbenz)
  const p = k * LN2_64_2;
  const pe = twoProductError(k, LN2_64_2, p);
  twoSum(r0, -p);
  fastTwoSum(HI, LO - pe - k * LN2_64_3);
  const rh = HI;
  const rl = LO;
  // e^r = 1 + r + r^2/2 + r^3/6 + …, the first three terms in double-double.
  const sq = rh * rh;
  const sqe = twoProductError(rh, rh, sq);
  const tail = rh * sq * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh / 5040))));
  twoSum(1, rh);
  const h1 = HI;
  const l1 = LO;
  twoSum(h1, sq * 0.5);
  fastTwoSum(HI, l1 + LO + (sqe * 0.5 + rl + rl * rh + tail));
  const h = HI;
  const l = LO;
  const j = k & 63;
  const th = EXP2_HI[j]!;
  const q = h * th;
  fastTwoSum(q, twoProductError(h, th, q) + h * EXP2_LO[j]! + l * th);
  const scale = 2 ** ((k - j) / 64);
  HI *= scale;
  LO *= scale;
}

// Powers of two 2^(i - 1100), for the scaling in expR.
const POW2 = Float64Array.from({ length: 2200 }, (_, i) => 2 ** (i - 1100));
// LN2_64_2 split for Dekker's product (its high half has 26 bits).
const LN2_64_2_HI = SPLITTER * LN2_64_2 - (SPLITTER * LN2_64_2 - LN2_64_2);
const LN2_64_2_LO = LN2_64_2 - LN2_64_2_HI;

/**
 * e^y rounded once from its double-double value (glibc's exp, bar rare near-ties): expDd with
 * its helpers written out and kept in locals, about five times faster, as the density loops call
 * it once per point of the support.
 */
function expR(y: number): number {
  if (!(y > -708 && y < 709)) return Math.exp(y);
  const k = Math.round(y * INV_LN2_64);
  const r0 = y - k * LN2_64_1;
  const p = k * LN2_64_2;
  let t = SPLITTER * k;
  const kh = t - (t - k);
  const kl = k - kh;
  const pe = kh * LN2_64_2_HI - p + kh * LN2_64_2_LO + kl * LN2_64_2_HI + kl * LN2_64_2_LO;
  const s = r0 - p;
  let bb = s - r0;
  const e = r0 - (s - bb) + (-p - bb) - pe - k * LN2_64_3;
  const rh = s + e;
  const rl = e - (rh - s);
  const sq = rh * rh;
  t = SPLITTER * rh;
  const rhh = t - (t - rh);
  const rhl = rh - rhh;
  const sqe = rhh * rhh - sq + 2 * rhh * rhl + rhl * rhl;
  const tail = rh * sq * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh / 5040))));
  const h1 = 1 + rh;
  bb = h1 - 1;
  const l1 = 1 - (h1 - bb) + (rh - bb);
  const half = sq * 0.5;
  const h2 = h1 + half;
  bb = h2 - h1;
  const l2 = h1 - (h2 - bb) + (half - bb);
  const lo = l1 + l2 + (sqe * 0.5 + rl + rl * rh + tail);
  const h = h2 + lo;
  const l = lo - (h - h2);
  const j = k & 63;
  const th = EXP2_HI[j]!;
  const q = h * th;
  t = SPLITTER * h;
  const hh = t - (t - h);
  const hl = h - hh;
  t = SPLITTER * th;
  const thh = t - (t - th);
  const thl = th - thh;
  const qe = hh * thh - q + hh * thl + hl * thh + hl * thl + h * EXP2_LO[j]! + l * th;
  return (q + qe) * POW2[(k - j) / 64 + 1100]!;
}

/** log x as HI + LO, by one Newton step from Math.log: log x = y0 + log(x e^-y0). */
function logDd(x: number): void {
  const y0 = Math.log(x);
  if (!(x > 1e-300 && x < 1e300)) {
    HI = y0;
    LO = 0;
    return;
  }
  expDd(-y0);
  const eh = HI;
  const el = LO;
  const p = x * eh;
  const d = p - 1 + (twoProductError(x, eh, p) + x * el); // p - 1 is exact
  twoSum(y0, d - (d * d) / 2);
}

/** log x rounded once from its double-double value (glibc's log, bar rare near-ties). */
function logR(x: number): number {
  logDd(x);
  return HI;
}

// ---------------------------------------------------------------------------------------------
// R's x87 long double accumulator: a value with a 64-bit significand, held exactly as HI + LO.

// The bits of a double, for its exponent; typed arrays use the platform's byte order.
const BITS = new Float64Array(1);
const WORDS = new Uint32Array(BITS.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** Rounds HI + LO (normalised: HI = fl(HI + LO)) to a 64-bit significand, ties to even. */
function roundLongDouble(): void {
  const h = HI;
  const l = LO;
  if (l === 0) return;
  BITS[0] = h;
  const high = WORDS[HIGH]!;
  // Exponent of |h + l|: that of h, one less when h is a power of two and l takes it below.
  let e = ((high >>> 20) & 0x7ff) - 1023;
  if (e === 1024 || e === -1023) return; // not finite, or below the double grid (exact already)
  if ((high & 0xfffff) === 0 && WORDS[1 - HIGH] === 0 && l < 0 !== h < 0) e--;
  const ulpExp = e - 63;
  if (ulpExp < -1022) return; // values this small are exact on the double grid already
  // u = 2^(e - 63), and 1/u, built from their bits.
  WORDS[1 - HIGH] = 0;
  WORDS[HIGH] = (ulpExp + 1023) << 20;
  const u = BITS[0]!;
  const r = l / u;
  let n = Math.floor(r);
  const frac = r - n;
  if (frac > 0.5 || (frac === 0.5 && n % 2 !== 0)) n += 1;
  fastTwoSum(h, n * u);
}

/** (s * x) in long double, s = sh + sl, x a double; leaves the result in HI + LO. */
function mulLongDouble(sh: number, sl: number, x: number): void {
  const p = sh * x;
  const pe = twoProductError(sh, x, p);
  const q = sl * x;
  const qe = twoProductError(sl, x, q);
  twoSum(p, pe + q + qe);
  roundLongDouble();
}

/**
 * R's sum(): values added in long double in order, rounded once to double; the long double
 * addition and rounding are written out, as this runs over the whole support at every
 * evaluation.
 */
function sumR(values: ArrayLike<number>, from = 0, to = values.length): number {
  let sh = 0;
  let sl = 0;
  for (let i = from; i < to; i++) {
    const x = values[i]!;
    const s = sh + x;
    let bb = s - sh;
    const f = sh - (s - bb) + (x - bb) + sl;
    let h = s + f;
    bb = h - s;
    let l = s - (h - bb) + (f - bb);
    if (l !== 0) {
      BITS[0] = h;
      const high = WORDS[HIGH]!;
      let e = ((high >>> 20) & 0x7ff) - 1023;
      if ((high & 0xfffff) === 0 && WORDS[1 - HIGH] === 0 && l < 0 !== h < 0) e--;
      const ulpExp = e - 63;
      if (e !== 1024 && ulpExp >= -1022) {
        WORDS[1 - HIGH] = 0;
        WORDS[HIGH] = (ulpExp + 1023) << 20;
        const u = BITS[0]!;
        const r = l / u;
        let n = Math.floor(r);
        const frac = r - n;
        if (frac > 0.5 || (frac === 0.5 && n % 2 !== 0)) n += 1;
        l = n * u;
        const h2 = h + l;
        l = l - (h2 - h);
        h = h2;
      }
    }
    sh = h;
    sl = l;
  }
  return sh; // already fl(sh + sl), the double nearest the long double
}

// ---------------------------------------------------------------------------------------------
// R's dhyper and phyper (R 4.2's nmath). R's long decimal constants are written as the doubles
// they round to.

const M_LN_2PI = 1.8378770664093456;
// prettier-ignore
const SFERR_HALVES = [0.0, 0.15342640972002736, 0.08106146679532726, 0.05481412105191765, 0.0413406959554093, 0.03316287351993629, 0.02767792568499834, 0.023746163656297496, 0.020790672103765093, 0.018488450532673187, 0.016644691189821193, 0.015134973221917378, 0.013876128823070748, 0.012810465242920227, 0.01189670994589177, 0.011104559758206917, 0.010411265261972096, 0.009799416126158804, 0.009255462182712733, 0.008768700134139386, 0.00833056343336287, 0.00793411456431402, 0.007573675487951841, 0.007244554301320383, 0.00694284010720953, 0.006665247032707682, 0.006408994188004207, 0.006171712263039458, 0.0059513701127588475, 0.0057462165130101155, 0.005554733551962801];

/** stirlerr(n) for whole n ≥ 0 (src/nmath/stirlerr.c). */
function stirlerr(n: number): number {
  const S0 = 0.08333333333333333;
  const S1 = 0.002777777777777778;
  const S2 = 0.0007936507936507937;
  const S3 = 0.0005952380952380953;
  const S4 = 0.0008417508417508417;
  if (n <= 15) return SFERR_HALVES[n + n]!;
  const nn = n * n;
  if (n > 500) return (S0 - S1 / nn) / n;
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n;
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}

/** bd0(x, np) = x log(x/np) + np - x, computed stably (src/nmath/bd0.c). */
function bd0(x: number, np: number): number {
  if (Math.abs(x - np) < 0.1 * (x + np)) {
    let v = (x - np) / (x + np);
    let s = (x - np) * v;
    if (Math.abs(s) < 2.2250738585072014e-308) return s;
    let ej = 2 * x * v;
    v = v * v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const s1 = s + ej / ((j << 1) + 1);
      if (s1 === s) return s1;
      s = s1;
    }
  }
  return x * logR(x / np) + np - x;
}

/** dbinom_raw(x, n, p, q, log) for whole 0 ≤ x ≤ n (src/nmath/dbinom.c, R 4.2). */
function dbinomRaw(x: number, n: number, p: number, q: number, log: boolean): number {
  if (p === 0) return x === 0 ? (log ? 0 : 1) : log ? -Infinity : 0;
  if (q === 0) return x === n ? (log ? 0 : 1) : log ? -Infinity : 0;
  let lc: number;
  if (x === 0) {
    if (n === 0) return log ? 0 : 1;
    lc = p < 0.1 ? -bd0(n, n * q) - n * p : n * logR(q);
    return log ? lc : expR(lc);
  }
  if (x === n) {
    lc = q < 0.1 ? -bd0(n, n * p) - n * q : n * logR(p);
    return log ? lc : expR(lc);
  }
  if (x < 0 || x > n) return log ? -Infinity : 0;
  lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
  const lf = M_LN_2PI + logR(x) + Math.log1p(-x / n);
  return log ? lc - 0.5 * lf : expR(lc - 0.5 * lf);
}

/** dhyper(x, r, b, n, log) for whole arguments (src/nmath/dhyper.c). */
function dhyper(x: number, r: number, b: number, n: number, log: boolean): number {
  if (x < 0 || n < x || r < x || n - x > b) return log ? -Infinity : 0;
  if (n === 0) return x === 0 ? (log ? 0 : 1) : log ? -Infinity : 0;
  const p = n / (r + b);
  const q = (r + b - n) / (r + b);
  const p1 = dbinomRaw(x, r, p, q, log);
  const p2 = dbinomRaw(n - x, b, p, q, log);
  const p3 = dbinomRaw(n, r + b, p, q, log);
  return log ? p1 + p2 - p3 : (p1 * p2) / p3;
}

/** phyper(x, NR, NB, n, lower.tail) for whole arguments (src/nmath/phyper.c). */
function phyper(xIn: number, nrIn: number, nbIn: number, n: number, lowerIn: boolean): number {
  let x = Math.floor(xIn + 1e-7);
  let nr = nrIn;
  let nb = nbIn;
  let lower = lowerIn;
  if (x * (nr + nb) > n * nr) {
    // Swap tails.
    const oldNb = nb;
    nb = nr;
    nr = oldNb;
    x = n - x - 1;
    lower = !lower;
  }
  if (x < 0 || x < n - nb) return lower ? 0 : 1;
  if (x >= nr || x >= n) return lower ? 1 : 0;
  const d = dhyper(x, nr, nb, n, false);
  if (d === 0) return lower ? 0 : 1;
  // pdhyper: sum and term in long double.
  let sh = 0;
  let sl = 0;
  let th = 1;
  let tl = 0;
  while (x > 0) {
    // term >= DBL_EPSILON * sum, compared in long double
    const ch = DBL_EPSILON * sh;
    if (!(th > ch || (th === ch && tl >= DBL_EPSILON * sl))) break;
    mulLongDouble(th, tl, (x * (nb - n + x)) / (n + 1 - x) / (nr + 1 - x));
    th = HI;
    tl = LO;
    twoSum(sh, th);
    const s = HI;
    twoSum(s, LO + sl + tl);
    roundLongDouble();
    sh = HI;
    sl = LO;
    x--;
  }
  const pd = 1 + sh;
  const v = d * pd;
  return lower ? v : 0.5 - v + 0.5;
}

// ---------------------------------------------------------------------------------------------

/** @internal The conditional distribution of cell a in [[a, b], [c, d]], as fisher.test has it. */
export class NoncentralHypergeometric {
  readonly lo: number;
  readonly hi: number;
  readonly x: number;
  private readonly m: number;
  private readonly n: number;
  private readonly k: number;
  private readonly support: Float64Array;
  private readonly logdc: Float64Array;

  constructor(a: number, b: number, c: number, d: number) {
    const m = a + c;
    const n = b + d;
    const k = a + b;
    this.m = m;
    this.n = n;
    this.k = k;
    this.x = a;
    this.lo = Math.max(0, k - n);
    this.hi = Math.min(k, m);
    const size = this.hi - this.lo + 1;
    this.support = new Float64Array(size);
    this.logdc = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      this.support[i] = this.lo + i;
      this.logdc[i] = dhyper(this.lo + i, m, n, k, true);
    }
  }

  /**
   * dnhyper(ncp): d <- logdc + log(ncp) * support; d <- exp(d - max(d)); d / sum(d), for
   * 0 < ncp < ∞, with R's sum.
   */
  density(ncp: number): Float64Array {
    // Plain loops over typed arrays: with counts near 10^5 the support has 10^5 points.
    const logNcp = logR(ncp);
    const { logdc, support } = this;
    const size = logdc.length;
    const d = new Float64Array(size);
    let max = -Infinity;
    for (let i = 0; i < size; i++) {
      const v = logdc[i]! + logNcp * support[i]!;
      d[i] = v;
      if (v > max) max = v;
    }
    for (let i = 0; i < size; i++) d[i] = expR(d[i]! - max);
    const sum = sumR(d);
    for (let i = 0; i < size; i++) d[i] = d[i]! / sum;
    return d;
  }

  /** mnhyper(ncp): sum(support * dnhyper(ncp)). */
  mean(ncp: number): number {
    if (ncp === 0) return this.lo;
    if (ncp === Infinity) return this.hi;
    const d = this.density(ncp);
    for (let i = 0; i < d.length; i++) d[i] = this.support[i]! * d[i]!;
    return sumR(d);
  }

  /** pnhyper(q, ncp, upper.tail): P(X ≤ q), or P(X ≥ q) when `upper`; R's phyper at ncp = 1. */
  cdf(q: number, ncp: number, upper = false): number {
    if (ncp === 1) {
      // As fisher.test's pnhyper, which ignores q here and uses x.
      return upper
        ? phyper(this.x - 1, this.m, this.n, this.k, false)
        : phyper(this.x, this.m, this.n, this.k, true);
    }
    if (ncp === 0) return Number(upper ? q <= this.lo : q >= this.lo);
    if (ncp === Infinity) return Number(upper ? q <= this.hi : q >= this.hi);
    const d = this.density(ncp);
    // support is lo, lo + 1, …: the selected entries are a contiguous run.
    const cut = Math.min(Math.max(q - this.lo, -1), d.length - 1);
    return upper ? sumR(d, Math.max(cut, 0), d.length) : sumR(d, 0, cut + 1);
  }

  /** Two-sided p-value for null odds ratio `or`: probabilities ≤ that of x, with R's 1e-7 slack. */
  twoSided(or: number): number {
    if (or === 0) return Number(this.x === this.lo);
    if (or === Infinity) return Number(this.x === this.hi);
    const d = this.density(or);
    const cut = d[this.x - this.lo]! * (1 + 1e-7);
    let n = 0;
    for (let i = 0; i < d.length; i++) if (d[i]! <= cut) d[n++] = d[i]!;
    return sumR(d, 0, n);
  }

  /** fisher.test's mle(x): the conditional MLE of the odds ratio, found by uniroot as in R. */
  mle(): number {
    const { x } = this;
    if (x === this.lo) return 0;
    if (x === this.hi) return Infinity;
    const mu = this.mean(1);
    if (mu > x) return uniroot((t) => this.mean(t) - x, 0, 1);
    if (mu < x) return 1 / uniroot((t) => this.mean(1 / t) - x, DBL_EPSILON, 1);
    return 1;
  }

  /** fisher.test's ncp.U(x, alpha): the odds ratio at which P(X ≤ x) = alpha, by uniroot. */
  upperLimit(alpha: number): number {
    const { x } = this;
    if (x === this.hi) return Infinity;
    const p = this.cdf(x, 1);
    if (p < alpha) return uniroot((t) => this.cdf(x, t) - alpha, 0, 1);
    if (p > alpha) return 1 / uniroot((t) => this.cdf(x, 1 / t) - alpha, DBL_EPSILON, 1);
    return 1;
  }

  /** fisher.test's ncp.L(x, alpha): the odds ratio at which P(X ≥ x) = alpha, by uniroot. */
  lowerLimit(alpha: number): number {
    const { x } = this;
    if (x === this.lo) return 0;
    const p = this.cdf(x, 1, true);
    if (p > alpha) return uniroot((t) => this.cdf(x, t, true) - alpha, 0, 1);
    if (p < alpha) return 1 / uniroot((t) => this.cdf(x, 1 / t, true) - alpha, DBL_EPSILON, 1);
    return 1;
  }
}

/**
 * @internal fisher.test's conf.int for the odds ratio, from ncp.L and ncp.U as R finds them.
 * Where the upper limit lies beyond the odds ratio 1/2^-52 that R searches to (a confLevel very
 * close to 1), uniroot finds no sign change and R stops; so does this, with a RangeError.
 */
export function conditionalInterval(
  dist: NoncentralHypergeometric,
  alternative: Alternative,
  confLevel: number,
): readonly [number, number] {
  const alpha = 1 - confLevel;
  try {
    const limits: [number, number] =
      alternative === 'less'
        ? [0, dist.upperLimit(alpha)]
        : alternative === 'greater'
          ? [dist.lowerLimit(alpha), Infinity]
          : [dist.lowerLimit(alpha / 2), dist.upperLimit(alpha / 2)];
    return Object.freeze(limits);
  } catch (error) {
    throw new RangeError(
      `confLevel ${showValue(confLevel)} is too close to 1 for this table: R's fisher.test stops ` +
        `too (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
}
