/**
 * One error type for everything an adapter or the gateway refuses. Each error carries a stable
 * problem kind, which maps to an HTTP status and an RFC 9457 `type`; the gateway turns any
 * `PlumblineError` into problem details, so adapters never deal with HTTP.
 */
import { problemKinds, type ProblemKind } from '../contract/problem.js';

export interface PlumblineErrorOptions {
  /** Where the problem is, for input errors: `{ path: '/records/3/occurredAt', message }`. */
  errors?: { path: string; message: string }[];
  /** For `capability-unsupported`: the capability not claimed. */
  capability?: string;
  /** For adapter and upstream problems: the adapter that caused it. */
  adapter?: string;
  /** Whether repeating the request later may succeed. Defaults by kind (429, 503, 504 are retryable). */
  retryable?: boolean;
  /** Seconds the caller should wait before retrying, when known (sent as `Retry-After`). */
  retryAfterSeconds?: number;
  /** The underlying error, for logs only (never sent to clients). */
  cause?: unknown;
}

const retryableByDefault: ReadonlySet<ProblemKind> = new Set(['rate-limited', 'upstream-unavailable', 'upstream-timeout']);

export class PlumblineError extends Error {
  /** The stable kind of problem. */
  readonly kind: ProblemKind;
  /** The HTTP status the kind is answered with. */
  readonly status: number;
  /** Field-level details for input errors. */
  readonly errors?: { path: string; message: string }[];
  /** The capability not claimed, for `capability-unsupported`. */
  readonly capability?: string;
  /** The adapter at fault, for adapter and upstream problems. */
  readonly adapter?: string;
  /** Whether the same request may succeed later. */
  readonly retryable: boolean;
  /** Seconds to wait before retrying, when known. */
  readonly retryAfterSeconds?: number;

  constructor(kind: ProblemKind, message: string, options: PlumblineErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PlumblineError';
    this.kind = kind;
    this.status = problemKinds[kind].status;
    this.errors = options.errors;
    this.capability = options.capability;
    this.adapter = options.adapter;
    this.retryable = options.retryable ?? retryableByDefault.has(kind);
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  static isInstance(error: unknown): error is PlumblineError {
    return error instanceof PlumblineError;
  }
}

/** Shorthands for the errors adapters raise most. */
export const errors = {
  notFound: (what: string) => new PlumblineError('not-found', what),
  conflict: (message: string) => new PlumblineError('conflict', message),
  invalid: (message: string, fieldErrors?: { path: string; message: string }[]) => new PlumblineError('validation-failed', message, { errors: fieldErrors }),
  unprocessable: (message: string) => new PlumblineError('unprocessable', message),
  unsupported: (capability: string, adapter?: string) =>
    new PlumblineError('capability-unsupported', `The adapter does not offer the "${capability}" capability.`, { capability, adapter }),
};

/**
 * A failed call to a supplier platform. Connectors raise it so the gateway can answer 502/503/504
 * and say whether retrying may help. It always names the adapter: an operator reading a 502 must
 * know which supplier failed.
 */
export class UpstreamCallError extends PlumblineError {
  /** The upstream HTTP status, when there was one. */
  readonly upstreamStatus?: number;
  declare readonly adapter: string;

  constructor(
    kind: 'upstream-failure' | 'upstream-unavailable' | 'upstream-timeout',
    message: string,
    options: PlumblineErrorOptions & { adapter: string; upstreamStatus?: number },
  ) {
    super(kind, message, options);
    this.name = 'UpstreamCallError';
    this.upstreamStatus = options.upstreamStatus;
  }
}
