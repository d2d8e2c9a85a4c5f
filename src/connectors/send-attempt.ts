/**
 * One HTTP exchange with a supplier over an injected undici `Dispatcher`, bounded by the kit's
 * `Deadline` over the whole exchange — connecting, headers and body.
 */
import type { Dispatcher } from 'undici';
import { Deadline } from './deadline.js';

/** What one attempt sends. */
export interface AttemptRequest {
  readonly origin: string;
  /** Path and query string. */
  readonly path: string;
  readonly method: Dispatcher.HttpMethod;
  readonly headers: Record<string, string>;
  readonly body?: string | Uint8Array;
  readonly timeoutMs: number;
  /** The caller's own cancellation (client gone, shutdown). */
  readonly signal?: AbortSignal;
}

/** What one attempt got back: the status, the headers and the whole body as text. */
export interface AttemptResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
}

/** Thrown for an attempt that got no complete answer; says whether our own deadline caused it. */
export class AttemptFailedError extends Error {
  constructor(
    readonly timedOut: boolean,
    readonly cancelled: boolean,
    cause: unknown,
  ) {
    super(timedOut ? 'deadline passed' : cancelled ? 'cancelled by the caller' : 'no answer', { cause });
    this.name = 'AttemptFailedError';
  }
}

/** Sends one request and reads the whole answer, or throws `AttemptFailedError`. */
export async function sendAttempt(dispatcher: Dispatcher, request: AttemptRequest): Promise<AttemptResponse> {
  const deadline = new Deadline(request.timeoutMs, request.signal);
  try {
    if (request.signal?.aborted) throw request.signal.reason;
    const response = await dispatcher.request({
      origin: request.origin,
      path: request.path,
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: deadline.signal,
    });
    const text = await response.body.text();
    return { status: response.statusCode, headers: response.headers, text };
  } catch (error) {
    throw new AttemptFailedError(deadline.expired, !deadline.expired && request.signal?.aborted === true, error);
  } finally {
    deadline.dispose();
  }
}
