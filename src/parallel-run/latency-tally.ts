/**
 * Latency and error counts of one side of the parallel run (the primary as clients saw it, or the
 * candidate as the mirror and the sampled reads saw it), kept as a histogram with fixed bucket
 * bounds so the two sides can be drawn side by side and compared bucket for bucket.
 */

/** Upper bounds of the buckets, in milliseconds; a last bucket holds everything slower. */
export const LATENCY_BUCKETS_MS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000] as const;

export interface LatencySummary {
  readonly count: number;
  readonly errors: number;
  /** errors / count (0 when nothing was counted). */
  readonly errorRate: number;
  readonly meanMs: number;
  /** The bucket bound under which half (resp. 95%) of the calls finished; null when none or beyond the last bound. */
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
  /** Calls per bucket, bucket `i` up to `LATENCY_BUCKETS_MS[i]` and the last beyond. */
  readonly buckets: number[];
}

export class LatencyTally {
  private readonly buckets = new Array<number>(LATENCY_BUCKETS_MS.length + 1).fill(0);
  private count = 0;
  private errors = 0;
  private totalMs = 0;

  /** Counts one call. */
  add(milliseconds: number, failed: boolean): void {
    const index = LATENCY_BUCKETS_MS.findIndex((bound) => milliseconds <= bound);
    this.buckets[index < 0 ? LATENCY_BUCKETS_MS.length : index] += 1;
    this.count += 1;
    this.totalMs += milliseconds;
    if (failed) this.errors += 1;
  }

  summary(): LatencySummary {
    const quantile = (share: number): number | null => {
      if (this.count === 0) return null;
      let seen = 0;
      for (let index = 0; index < this.buckets.length; index++) {
        seen += this.buckets[index];
        if (seen >= share * this.count) return LATENCY_BUCKETS_MS[index] ?? null;
      }
      return null;
    };
    return {
      count: this.count,
      errors: this.errors,
      errorRate: this.count ? this.errors / this.count : 0,
      meanMs: this.count ? this.totalMs / this.count : 0,
      p50Ms: quantile(0.5),
      p95Ms: quantile(0.95),
      buckets: [...this.buckets],
    };
  }
}
