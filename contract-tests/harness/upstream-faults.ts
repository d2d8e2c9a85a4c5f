/**
 * A handle on a connector's upstream (its supplier simulator), offered by harnesses that can make
 * the supplier misbehave. The upstream-failure requirements need one; a target without it (the
 * reference engine has no upstream; a target over HTTP is out of reach) skips them, as tests that
 * need an empty twin skip when the harness cannot make one.
 */

/** A supplier misbehaviour, on every request until cleared. */
export type UpstreamFault =
  /** Answer every request with this status (without `Retry-After`, so the connector's own backoff applies). */
  | { readonly status: 408 | 429 | 500 | 502 | 503 | 504 }
  /** Answer nothing until after the connector's per-attempt deadline. */
  | { readonly noAnswer: true };

/** Switches faults on the adapter's supplier. */
export interface UpstreamFaults {
  inject(fault: UpstreamFault): void;
  /** Back to normal service. */
  clear(): void;
}
