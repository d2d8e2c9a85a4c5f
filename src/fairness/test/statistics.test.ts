/**
 * The interval estimates against published worked examples and hand arithmetic: Wilson against
 * Newcombe (1998, Table I), the normal quantile against printed tables, Katz worked out by hand,
 * Benjamini–Hochberg against the example of their 1995 paper.
 */
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, criticalValue, normalQuantile, normalUpperTail, rateRatio, wilsonInterval } from '../statistics.js';

const close = (actual: number, expected: number, digits = 4) => expect(actual).toBeCloseTo(expected, digits);

describe('normal distribution', () => {
  it('gives the quantiles of printed tables', () => {
    close(normalQuantile(0.975), 1.959964, 6);
    close(normalQuantile(0.995), 2.575829, 6);
    close(normalQuantile(0.5), 0, 9);
    close(normalQuantile(0.001), -3.090232, 6);
    close(criticalValue(0.9), 1.644854, 6);
  });

  it('gives upper tails, tiny ones included', () => {
    close(normalUpperTail(1.959964), 0.025, 6);
    close(normalUpperTail(-1), 0.841345, 6);
    expect(normalUpperTail(6) / 9.865876e-10).toBeCloseTo(1, 5);
  });
});

describe('Wilson score interval', () => {
  it.each([
    // Newcombe, "Two-sided confidence intervals for the single proportion", Stat Med 1998, Table I (method 3).
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i: %f to %f (Newcombe 1998)', (events, total, lower, upper) => {
    const interval = wilsonInterval(events, total, 0.95)!;
    close(interval.lower, lower);
    close(interval.upper, upper);
  });

  it('has none for an empty group and stays within 0 and 1', () => {
    expect(wilsonInterval(0, 0, 0.95)).toBeNull();
    expect(wilsonInterval(20, 20, 0.95)!.upper).toBe(1);
  });
});

describe('Katz log interval of a ratio of rates', () => {
  it('20/100 against 10/100, worked by hand', () => {
    // RR = 0.2 / 0.1 = 2; SE(ln RR) = √(1/20 − 1/100 + 1/10 − 1/100) = √0.13 = 0.360555;
    // 2 × exp(∓1.959964 × 0.360555) = 0.98656 … 4.05448; z = ln 2 / 0.360555 = 1.92244, p = 0.05455.
    const estimate = rateRatio(20, 100, 10, 100, 0.95);
    close(estimate.ratio!, 2, 9);
    close(estimate.interval!.lower, 0.98656);
    close(estimate.interval!.upper!, 4.05448);
    close(estimate.pValue!, 0.05455);
    expect(estimate.corrected).toBe(false);
  });

  it('adds 0.5 to every cell for the interval when the group has no events, and keeps the ratio at 0', () => {
    // Corrected: (0.5/51) / (10.5/101) = 0.094304; SE = √(1/0.5 − 1/51 + 1/10.5 − 1/101) = 1.437265;
    // upper end 0.094304 × exp(1.959964 × 1.437265) = 1.57737; the interval runs from the ratio, 0.
    const estimate = rateRatio(0, 50, 10, 100, 0.95);
    expect(estimate.corrected).toBe(true);
    expect(estimate.ratio).toBe(0);
    expect(estimate.interval!.lower).toBe(0);
    close(estimate.interval!.upper!, 1.57737);
    close(estimate.pValue!, 0.10041);
  });

  it('leaves the ratio unbounded when the reference has no events', () => {
    // Corrected: (5.5/51) / (0.5/101) = 21.7843; SE = √(1/5.5 − 1/51 + 1/0.5 − 1/101) = 1.467075; lower end 1.22848.
    const estimate = rateRatio(5, 50, 0, 100, 0.95);
    expect(estimate.ratio).toBeNull();
    close(estimate.interval!.lower, 1.22848);
    expect(estimate.interval!.upper).toBeNull();
  });

  it('never lets the correction turn the direction round', () => {
    // 1 of 400 against 0 of 100: corrected, (1.5/401) / (0.5/101) = 0.756 would read "lower".
    const estimate = rateRatio(1, 400, 0, 100, 0.95);
    expect(estimate.ratio).toBeNull();
    expect(estimate.interval!.upper).toBeNull();
  });

  it('is not estimable with no events in either group', () => {
    expect(rateRatio(0, 50, 0, 100, 0.95)).toEqual({ ratio: null, interval: null, corrected: false, pValue: null });
  });

  it('widens with the confidence level', () => {
    const narrow = rateRatio(20, 100, 10, 100, 0.9).interval!;
    const wide = rateRatio(20, 100, 10, 100, 0.99).interval!;
    expect(wide.lower).toBeLessThan(narrow.lower);
    expect(wide.upper!).toBeGreaterThan(narrow.upper!);
  });
});

describe('Benjamini–Hochberg', () => {
  it('rejects the first four of the fifteen p-values of the 1995 paper’s example at 0.05', () => {
    const pValues = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1];
    expect(benjaminiHochberg(pValues, 0.05)).toEqual(pValues.map((_, index) => index < 4));
  });

  it('keeps the input order and rejects nothing when nothing passes', () => {
    expect(benjaminiHochberg([0.5, 0.001, 0.2], 0.05)).toEqual([false, true, false]);
    expect(benjaminiHochberg([0.5, 0.3], 0.05)).toEqual([false, false]);
    expect(benjaminiHochberg([], 0.05)).toEqual([]);
  });
});
