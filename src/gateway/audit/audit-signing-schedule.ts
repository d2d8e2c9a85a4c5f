/**
 * When the audit trail signs its head. An Ed25519 signature costs a few hundred microseconds on
 * this machine, as much as the rest of an audited read's entry, so heads are signed on a
 * schedule rather than on every commit: in the commit that brings the entries past the last head
 * to `everyEntries`, and otherwise at most `withinMs` after the first of them was committed, at
 * start-up and on close. Every entry is still hash-chained when it is committed; what waits is
 * only the signature that ties the chain to the key.
 *
 * The trade-off, stated in docs/security.md: the last fewer-than-`everyEntries` entries may be
 * unsigned for up to `withinMs` (for ever, after a crash, until the next start signs them).
 * Each head carries its `everyEntries` under the signature, so the verifier knows how long a tail
 * the gateway may have left unsigned without being told, and reports a longer one as a forged
 * append; a shorter one is reported as a tail not yet signed. Tampering inside that tail that
 * breaks the chain (an entry altered, removed or moved) is still caught by the chain; entries
 * appended or cut off there without the key are not told apart from the gateway's own.
 * `everyEntries: 1` signs every commit, as before the schedule.
 */

/** How often heads are signed. */
export interface SigningSchedule {
  /** A head is signed in the commit that brings the entries past the last head to this many (1: every commit). */
  readonly everyEntries: number;
  /** Otherwise, a head is signed at most this long after the first unsigned entry was committed. */
  readonly withinMs: number;
}

/**
 * The default: at least every 32 entries, and within 250 ms (the witness's own interval). At the
 * gateway's read rates a signature then costs a few microseconds per entry instead of hundreds.
 */
export const DEFAULT_SIGNING_SCHEDULE: SigningSchedule = { everyEntries: 32, withinMs: 250 };

/**
 * Keeps one trail's schedule: which size the last head this process knows of covers, and the
 * timer that signs a tail left by a quiet spell. Another process writing the same trail may
 * have signed further; the schedule then signs earlier than it needs to, never later.
 */
export class HeadSchedule {
  private timer: NodeJS.Timeout | undefined;

  /** The interval the last known head promised: kept until this process signs one with its own. */
  private promised: number;

  constructor(
    readonly schedule: SigningSchedule,
    /** The last known head: the size it covers and the interval it promised (null: signed before the schedule, on every commit). */
    last: { readonly size: number; readonly signEvery: number | null | undefined } | undefined,
    /** Signs the current head in a commit of its own (the timer's work; must not throw). */
    private readonly signLate: () => void,
  ) {
    this.signedThrough = last?.size ?? 0;
    this.promised = last ? (last.signEvery ?? 1) : schedule.everyEntries;
  }

  private signedThrough: number;

  /**
   * Whether the commit that brings the trail to `size` entries must sign its head: by the shorter
   * of this process's interval and the one the last head promised (the setting may have changed
   * since it was signed, and a verifier holds the trail to that promise).
   */
  due(size: number): boolean {
    return size - this.signedThrough >= Math.min(this.schedule.everyEntries, this.promised);
  }

  /** Whether entries past the last known head wait for a signature. */
  get behind(): boolean {
    return this.timer !== undefined;
  }

  /**
   * After a commit that brought the trail to `size`: records the head it signed (or, `covered`, found
   * signed by another process, whose promise is not known here and so not relied on), or arms the
   * timer for its tail.
   */
  committed(size: number, signed: boolean, covered = false): void {
    if (signed) this.promised = this.schedule.everyEntries;
    if (signed || covered) {
      this.signedThrough = Math.max(this.signedThrough, size);
      clearTimeout(this.timer);
      this.timer = undefined;
    } else if (size > this.signedThrough && !this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.signLate();
      }, this.schedule.withinMs).unref();
    }
  }

  /** Stops the timer (on close, after the last head is signed). */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Checks a schedule from configuration or a caller, with a message that names what is wrong. */
export function checkedSchedule(schedule: Partial<SigningSchedule> | undefined): SigningSchedule {
  const chosen = { ...DEFAULT_SIGNING_SCHEDULE, ...schedule };
  if (!Number.isSafeInteger(chosen.everyEntries) || chosen.everyEntries < 1)
    throw new Error(`the audit signing interval must be a whole number of entries of at least 1, not ${chosen.everyEntries}`);
  if (!Number.isFinite(chosen.withinMs) || chosen.withinMs < 0) throw new Error(`the audit signing delay must be 0 ms or more, not ${chosen.withinMs}`);
  return chosen;
}
