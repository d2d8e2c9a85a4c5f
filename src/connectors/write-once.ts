/**
 * Never repeat a write whose outcome is unknown: when a write fails in a way that leaves open
 * whether the supplier applied it (connection dropped, timed out, 5xx), read the state back and
 * find out. Repeating blindly could ingest a batch twice or record a review twice.
 */
import { mayHaveReachedSupplier } from './connector-call-error.js';

/** A write and the way to find out whether it happened. */
export interface WriteOnceSteps<Result> {
  /** Makes the write (with no blind retries of an unknown outcome; the upstream client ensures that for POSTs). */
  readonly write: () => Promise<Result>;
  /**
   * Looks for the write's effect, usually by a key the connector sent with it (a request key, a
   * batch key): the result when the write was applied, `undefined` when it was not.
   */
  readonly confirm: () => Promise<Result | undefined>;
}

/**
 * Makes the write; after a failure with an unknown outcome, confirms it. Returns the write's
 * result, or the confirmed one; otherwise throws the write's own error (a retryable 503/504, so the
 * client may repeat a request it now knows was not applied). If confirming fails too, the write's
 * error is thrown, not the confirmation's, since that is what the client asked about.
 */
export async function writeOnce<Result>(steps: WriteOnceSteps<Result>): Promise<Result> {
  try {
    return await steps.write();
  } catch (error) {
    if (!mayHaveReachedSupplier(error)) throw error;
    let confirmed: Result | undefined;
    try {
      confirmed = await steps.confirm();
    } catch {
      throw error;
    }
    if (confirmed === undefined) throw error;
    return confirmed;
  }
}
