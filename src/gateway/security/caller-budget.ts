/**
 * The per-caller rate limit: a budget of requests per minute for each token subject (however many
 * tokens it holds), counted in fixed one-minute windows. Small on purpose: it costs a map lookup
 * per request, where a general-purpose limiter plugin measured about 80 µs a request here. The
 * counts live in memory, one gateway at a time; replicas each count their own.
 */
export interface BudgetDecision {
  /** Whether the request may go on. */
  readonly allowed: boolean;
  /** Seconds until the window ends and the budget is whole again. */
  readonly resetSeconds: number;
}

export class CallerBudget {
  private window = -1;
  private readonly counts = new Map<string, number>();

  constructor(
    /** Requests each caller may make per window. */
    readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts one request by `caller` and says whether it is within the budget. */
  take(caller: string, now = Date.now()): BudgetDecision {
    const window = Math.floor(now / this.windowMs);
    if (window !== this.window) {
      // A new window: every caller starts again, and callers seen before no longer take memory.
      this.window = window;
      this.counts.clear();
    }
    const count = (this.counts.get(caller) ?? 0) + 1;
    this.counts.set(caller, count);
    return { allowed: count <= this.limit, resetSeconds: Math.ceil(((window + 1) * this.windowMs - now) / 1000) };
  }
}
