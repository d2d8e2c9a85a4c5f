/**
 * The one deadline of a supplier call: a timer that aborts a signal, re-armable. A plain call is
 * one wait covering connecting, headers and body (a supplier that sends headers promptly and then
 * trickles the body is as stuck as one that never answers); a stream re-arms it at every chunk, so
 * a long export that keeps flowing is not cut, but one that stalls is.
 */
export class Deadline {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private expiredFlag = false;
  /** Aborts when the deadline passes or when the outer signal (the client's request) aborts. */
  readonly signal: AbortSignal;

  constructor(
    /** The longest wait, re-armed by `touch`. */
    readonly timeoutMs: number,
    outer?: AbortSignal,
  ) {
    this.signal = outer ? AbortSignal.any([outer, this.controller.signal]) : this.controller.signal;
    this.touch();
  }

  /** Whether this deadline (not the outer signal) ended the wait. */
  get expired(): boolean {
    return this.expiredFlag;
  }

  /** Starts the wait again: progress was made. */
  touch(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.expiredFlag = true;
      this.controller.abort(new DOMException(`No answer within ${this.timeoutMs} ms`, 'TimeoutError'));
    }, this.timeoutMs);
  }

  /** Stops the timer: the call is over, or paused while the caller works (`touch` restarts it). */
  dispose(): void {
    clearTimeout(this.timer);
  }
}
