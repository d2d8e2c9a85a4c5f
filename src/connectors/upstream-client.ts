/**
 * The one way a connector calls its supplier: credentials on every attempt (renewed once on a
 * 401), a deadline per attempt, retries with backoff for failures that are safe to repeat,
 * supplier failures mapped to contract problems, and every answer validated before use.
 */
import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import type { AdapterLogger } from '../adapter/factory.js';
import { parseSupplierAnswer, parseSupplierJson } from './answer-validation.js';
import { noCredentials, type UpstreamCredentials } from './credentials.js';
import { cancelledCall, failureFromException, failureFromStatus, type CallDescription, type ClientFaults } from './failure-mapping.js';
import { repeatabilityOfMethod, type Repeatability, type RetryPolicy } from './retry-policy.js';
import { callWithRetries } from './retrying-call.js';
import { AttemptFailedError, sendAttempt, type AttemptResponse } from './send-attempt.js';

/** How an upstream client reaches one supplier. */
export interface UpstreamClientOptions {
  /** The adapter id, named in every problem and log line. */
  readonly adapter: string;
  /** The supplier's base URL; request paths are appended to it (`https://host/api` + `/v2/…`). */
  readonly baseUrl: string;
  /** The connection pool (`createUpstreamDispatcher`) or, in unit tests, an undici `MockAgent`. */
  readonly dispatcher: Dispatcher;
  /** Deadline of each attempt in ms (default 10 000). */
  readonly timeoutMs?: number;
  /** Default `defaultRetryPolicy`. */
  readonly retry?: RetryPolicy;
  /** Default none. */
  readonly credentials?: UpstreamCredentials;
  /** Sent with every request (user agent and the like). */
  readonly headers?: Record<string, string>;
  /** Where retries are logged (ids and counts only). */
  readonly logger?: AdapterLogger;
  /** Injectable for tests: waiting and jitter. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly random?: () => number;
}

/** Query values; `undefined` ones are left out. */
export type QueryValues = Record<string, string | number | boolean | undefined>;

/** One logical call, which the client may make in several attempts. */
export interface UpstreamRequest<Answer = unknown> {
  readonly method: Dispatcher.HttpMethod;
  /** Path under the base URL, starting with `/`; encode path segments with `encodeURIComponent`. */
  readonly path: string;
  readonly query?: QueryValues;
  /** Sent as JSON. */
  readonly json?: unknown;
  /** Sent as is, for uploads (NDJSON, CSV, form bodies). */
  readonly raw?: { readonly content: string | Uint8Array; readonly contentType: string };
  readonly headers?: Record<string, string>;
  /** What the call does, for messages: `listing persons`. */
  readonly operation: string;
  /**
   * Whether repeating the call after an unknown outcome is harmless. Defaults to the method's
   * idempotency (GET, PUT, DELETE yes; POST, PATCH no). Mark a POST `true` only when the supplier
   * treats a repeat as a no-op (a search, an upsert by id, a request with an idempotency key).
   */
  readonly idempotent?: boolean;
  /** Supplier 400/404/409/422 answers that are the client's fault, with the contract error to give. */
  readonly clientFaults?: ClientFaults;
  /** Validates the JSON answer; without it the body is `unknown`. */
  readonly schema?: z.ZodType<Answer>;
  /** `text` skips JSON parsing (NDJSON, CSV); default `json`. */
  readonly responseType?: 'json' | 'text';
  /** Overrides the client's per-attempt deadline. */
  readonly timeoutMs?: number;
  /** The caller's cancellation: no further attempt starts once it fires. */
  readonly signal?: AbortSignal;
}

/** A successful answer. */
export interface UpstreamResponse<Answer> {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Answer;
}

function queryString(query: QueryValues | undefined): string {
  if (!query) return '';
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) parameters.append(name, String(value));
  const text = parameters.toString();
  return text ? `?${text}` : '';
}

function parseJsonLeniently(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** Calls one supplier; see the file comment. */
export class UpstreamClient {
  private readonly origin: string;
  private readonly basePath: string;

  constructor(private readonly options: UpstreamClientOptions) {
    const url = new URL(options.baseUrl);
    this.origin = url.origin;
    this.basePath = url.pathname.replace(/\/+$/, '');
  }

  /** The adapter id this client speaks for. */
  get adapter(): string {
    return this.options.adapter;
  }

  /** Makes the call, retrying what is safe to retry; throws a `PlumblineError` on failure. */
  request<Answer = unknown>(request: UpstreamRequest<Answer>): Promise<UpstreamResponse<Answer>> {
    const call: CallDescription = { adapter: this.options.adapter, operation: request.operation };
    const repeatability: Repeatability =
      request.idempotent === undefined ? repeatabilityOfMethod(request.method) : request.idempotent ? 'idempotent' : 'unsafe';
    const { logger, sleep, random } = this.options;
    return callWithRetries({ call, repeatability, policy: this.options.retry, signal: request.signal, logger, sleep, random }, () =>
      this.attemptOnce(call, request),
    );
  }

  /** One attempt, plus one more with fresh credentials when the supplier answers 401 to renewable ones. */
  private async attemptOnce<Answer>(call: CallDescription, request: UpstreamRequest<Answer>): Promise<UpstreamResponse<Answer>> {
    const credentials = this.options.credentials ?? noCredentials;
    for (let renewed = false; ; renewed = true) {
      const credentialHeaders = await credentials.headers(request.signal);
      let response: AttemptResponse;
      try {
        response = await this.attempt(request, credentialHeaders);
      } catch (error) {
        if (!(error instanceof AttemptFailedError)) throw error;
        if (error.cancelled) throw cancelledCall(call, error.cause);
        throw failureFromException(call, error.cause, error.timedOut);
      }
      if (response.status < 400) return { status: response.status, headers: response.headers, body: this.readAnswer(call, request, response.text) };
      // A 401 means the request was not processed; fresh credentials are worth exactly one more try.
      if (response.status === 401 && !renewed && credentials.rejected(credentialHeaders)) continue;
      throw failureFromStatus(call, response.status, response.headers, parseJsonLeniently(response.text), request.clientFaults);
    }
  }

  private attempt(request: UpstreamRequest<unknown>, credentialHeaders: Record<string, string>): Promise<AttemptResponse> {
    const headers: Record<string, string> = { accept: 'application/json', ...this.options.headers, ...request.headers, ...credentialHeaders };
    let body: string | Uint8Array | undefined;
    if (request.raw) {
      body = request.raw.content;
      headers['content-type'] = request.raw.contentType;
    } else if (request.json !== undefined) {
      body = JSON.stringify(request.json);
      headers['content-type'] = 'application/json';
    }
    return sendAttempt(this.options.dispatcher, {
      origin: this.origin,
      path: `${this.basePath}${request.path}${queryString(request.query)}`,
      method: request.method,
      headers,
      body,
      timeoutMs: request.timeoutMs ?? this.options.timeoutMs ?? 10_000,
      signal: request.signal,
    });
  }

  private readAnswer<Answer>(call: CallDescription, request: UpstreamRequest<Answer>, text: string): Answer {
    if (request.responseType === 'text') return (request.schema ? parseSupplierAnswer(call, request.schema, text) : text) as Answer;
    const answer = parseSupplierJson(call, text);
    return (request.schema ? parseSupplierAnswer(call, request.schema, answer) : answer) as Answer;
  }
}
