/**
 * The interval estimates behind the fairness audit.
 *
 * - A rate (flagged people over people in a group) gets a **Wilson score interval** (Wilson 1927):
 *   unlike the textbook normal interval it never leaves 0–1 and keeps close to its nominal coverage
 *   for small groups and for rates near 0, which is where flag rates live (Newcombe 1998 compares
 *   seven methods and recommends it).
 * - A ratio of two rates (a group against the reference group) gets the **Katz log interval**
 *   (Katz et al. 1978), the standard interval for a risk ratio: the log of the ratio is close to
 *   normal, with standard error √(1/a − 1/n₁ + 1/c − 1/n₀). When either group has no events that
 *   error is infinite, so 0.5 is added to each cell of both groups (Haldane–Anscombe) to find the
 *   interval and p-value, and the result says so. The point estimate is never corrected: a
 *   corrected ratio can even point the wrong way when the groups differ much in size. So a group
 *   with no events has ratio 0 and an interval from 0; a reference with none leaves the ratio
 *   unbounded (null) and the interval open above. With no events in either the ratio is not
 *   estimable at all.
 * - Many comparisons are made at once (detectors × characteristics × groups × measures), so some
 *   intervals exclude 1 by chance. Each ratio's two-sided p-value (from the same log-normal
 *   approximation) goes through the **Benjamini–Hochberg** procedure (1995), which keeps the
 *   expected share of false discoveries among the disparities reported at the chosen level.
 */

/** A two-sided interval. */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/** An interval of a ratio, whose upper end may be unbounded (null). */
export interface RatioInterval {
  readonly lower: number;
  readonly upper: number | null;
}

/** The standard normal quantile Φ⁻¹(p), by Acklam's rational approximation (relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, not ${p}`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  return x;
}

/**
 * The upper tail of the standard normal, 1 − Φ(z), from the complementary error function
 * (Numerical Recipes' Chebyshev fit, fractional error below 1.2e-7 everywhere): accurate for the
 * tiny p-values of a strong disparity, where 1 − Φ computed directly would round to 0.
 */
export function normalUpperTail(z: number): number {
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const polynomial =
    -1.26551223 +
    t *
      (1.00002368 +
        t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const erfc = t * Math.exp(-x * x + polynomial);
  return x >= 0 ? erfc / 2 : 1 - erfc / 2;
}

/** z for a two-sided interval at `confidence` (0.95 → 1.959964). */
export function criticalValue(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2);
}

/** The Wilson score interval of `events` out of `total`; null when there is no one to count. */
export function wilsonInterval(events: number, total: number, confidence: number): Interval | null {
  if (total === 0) return null;
  const z = criticalValue(confidence);
  const p = events / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/** A ratio of two rates with its Katz log interval. */
export interface RatioEstimate {
  /** The group's rate over the reference's; null when the reference has no event (unbounded) or neither has. */
  readonly ratio: number | null;
  /** Null when neither group has an event. */
  readonly interval: RatioInterval | null;
  /** Whether 0.5 was added to every cell because one group had no events. */
  readonly corrected: boolean;
  /** Two-sided p-value of the ratio against 1; null when not estimable. */
  readonly pValue: number | null;
}

/**
 * The ratio of `events / total` (a group) to `referenceEvents / referenceTotal`, with its Katz log
 * interval. Both totals must be positive.
 */
export function rateRatio(events: number, total: number, referenceEvents: number, referenceTotal: number, confidence: number): RatioEstimate {
  if (total <= 0 || referenceTotal <= 0) throw new RangeError('rateRatio needs people in both groups');
  if (events === 0 && referenceEvents === 0) return { ratio: null, interval: null, corrected: false, pValue: null };
  const corrected = events === 0 || referenceEvents === 0;
  const shift = corrected ? 0.5 : 0;
  const a = events + shift;
  const n1 = total + 2 * shift;
  const c = referenceEvents + shift;
  const n0 = referenceTotal + 2 * shift;
  const estimate = a / n1 / (c / n0);
  const standardError = Math.sqrt(Math.max(0, 1 / a - 1 / n1 + 1 / c - 1 / n0));
  const spread = Math.exp(criticalValue(confidence) * standardError);
  const pValue = standardError === 0 ? (estimate === 1 ? 1 : 0) : Math.min(1, 2 * normalUpperTail(Math.abs(Math.log(estimate)) / standardError));
  if (events === 0) return { ratio: 0, interval: { lower: 0, upper: estimate * spread }, corrected, pValue };
  if (referenceEvents === 0) return { ratio: null, interval: { lower: estimate / spread, upper: null }, corrected, pValue };
  return { ratio: estimate, interval: { lower: estimate / spread, upper: estimate * spread }, corrected, pValue };
}

/**
 * Benjamini–Hochberg: which of the p-values are discoveries at false discovery rate `rate`. Sorted
 * ascending, the k-th smallest is compared with k/m × rate; every p-value up to the largest that
 * passes is a discovery.
 */
export function benjaminiHochberg(pValues: readonly number[], rate: number): boolean[] {
  const order = pValues.map((pValue, index) => ({ pValue, index })).sort((left, right) => left.pValue - right.pValue);
  let passing = -1;
  order.forEach(({ pValue }, rank) => {
    if (pValue <= ((rank + 1) / order.length) * rate) passing = rank;
  });
  const discoveries = new Array<boolean>(pValues.length).fill(false);
  for (let rank = 0; rank <= passing; rank++) discoveries[order[rank].index] = true;
  return discoveries;
}
