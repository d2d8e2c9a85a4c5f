/**
 * How far a long piece of work has come, with its rate and, when the total is known, an estimate
 * of the time left: one helper for every long command (bench, synth, load, runs), so that they
 * all say it the same way. It only formats and throttles; where the line goes (stderr, rewritten
 * in place on a terminal, or a line at a time in a log) is the caller's sink.
 */

/** Where a meter's lines go; `final` marks the last one of the work. */
export type ProgressSink = (message: string, final: boolean) => void;

export interface ProgressMeterOptions {
  /** The most often a line is emitted, in milliseconds (default 2,000; a terminal wants ~200). */
  readonly intervalMs?: number;
  /** The clock, in milliseconds; injectable for tests. */
  readonly now?: () => number;
}

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const small = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A rate: whole numbers, but a tenth where a slow count (steps, detectors) would round to 0. */
function formatRate(rate: number): string {
  return rate < 10 ? small.format(rate) : integer.format(rate);
}

/** `1 h 02 min`, `4 min 05 s`, `12 s`: short, and never false precision. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

export class ProgressMeter {
  private readonly started: number;
  private lastEmitted: number;
  private readonly intervalMs: number;
  private readonly now: () => number;

  /**
   * `label` names the work (`ingest`), `unit` what is counted (`records`); `total`, when known,
   * gives a percentage and an ETA.
   */
  constructor(
    private readonly label: string,
    private readonly unit: string,
    private readonly sink: ProgressSink,
    private total?: number,
    options: ProgressMeterOptions = {},
  ) {
    this.now = options.now ?? (() => performance.now());
    this.intervalMs = options.intervalMs ?? 2_000;
    this.started = this.now();
    // The first line after one interval: a line at the very start says nothing.
    this.lastEmitted = this.started;
  }

  /** Reports `done` so far (and the total, if it became known); emits at most once an interval. */
  update(done: number, total?: number): void {
    if (total !== undefined) this.total = total;
    const now = this.now();
    if (now - this.lastEmitted < this.intervalMs) return;
    this.lastEmitted = now;
    this.sink(this.describe(done, now), false);
  }

  /** The last line: how much was done, in how long, at what average rate. Always emitted. */
  finish(done: number): void {
    const seconds = (this.now() - this.started) / 1000;
    const rate = seconds > 0 ? `, ${formatRate(done / seconds)} ${this.unit}/s` : '';
    this.sink(`${this.label}: ${integer.format(done)} ${this.unit} in ${formatDuration(seconds)}${rate}`, true);
  }

  /** The line for `done` at time `now`: count, share of the total, rate and time left. */
  describe(done: number, now = this.now()): string {
    const seconds = (now - this.started) / 1000;
    // Under a second, a rate is noise (and a test's lines would depend on the machine's speed).
    const rate = seconds >= 1 ? done / seconds : 0;
    const parts = [`${this.label}: ${integer.format(done)}`];
    if (this.total !== undefined && this.total > 0) parts.push(` of ${integer.format(this.total)} ${this.unit} (${Math.floor((100 * done) / this.total)}%)`);
    else parts.push(` ${this.unit}`);
    if (rate > 0) parts.push(`, ${formatRate(rate)} ${this.unit}/s`);
    if (this.total !== undefined && rate > 0 && done < this.total) parts.push(`, about ${formatDuration((this.total - done) / rate)} left`);
    return parts.join('');
  }
}
