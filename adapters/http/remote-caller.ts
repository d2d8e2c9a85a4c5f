/**
 * Every call to the remote goes through here: the caller's identity and justification as headers,
 * a deadline per attempt, retries with backoff where the retry policy allows, and the mapping of
 * failures to contract problems. Redirects are never followed: a 308 is the remote's answer.
 */
import type { z } from 'zod';
import type { AdapterLogger } from '../../src/adapter/factory.js';
import type { OperationContext } from '../../src/adapter/context.js';
import { PlumblineError, UpstreamCallError } from '../../src/adapter/errors.js';
import { JUSTIFICATION_HEADER } from '../../src/contract/index.js';
import type { PlumblineClient } from '../../src/client/client.js';
import { brokenAnswer, parseJson, validateAnswer } from './answer-validation.js';
import { Deadline } from './deadline.js';
import { failureFromAnswer, failureFromNetwork, failureFromTimeout, type MappedFailure } from './failure-mapping.js';
import { retryDelay, retryPolicyOf, sleep, type RequestSafety } from './retry-policy.js';
import type { RetrySettings } from './settings.js';

/**
 * Tells the remote which person the gateway acts for. Informational only: the remote
 * authenticates the gateway by its token and must not grant anything on the strength of it.
 */
export const ACTOR_HEADER = 'plumbline-actor';

/** What each attempt passes to openapi-fetch besides the operation's own parameters. */
export interface AttemptInit<ParseAs extends 'text' | 'stream'> {
  readonly signal: AbortSignal;
  readonly headers: Record<string, string>;
  readonly redirect: 'manual';
  readonly parseAs: ParseAs;
}

/** What openapi-fetch hands back. */
export interface Sent {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

export interface CallSpec {
  /** The route, such as `GET /v1/subjects/{subjectId}`: named in messages and logs, never with ids. */
  readonly operation: string;
  readonly safety: RequestSafety;
  readonly context: OperationContext;
  /** Statuses outside 2xx that are answers, not failures (308 for a merged subject). */
  readonly accept?: readonly number[];
}

/** A JSON answer: its status and parsed body (undefined when empty). */
export interface RemoteAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

/** A streamed answer; whoever reads the stream touches the deadline per chunk and disposes of it. */
export interface StreamAnswer {
  readonly stream: ReadableStream<Uint8Array>;
  readonly deadline: Deadline;
}

export interface RemoteCallerOptions {
  readonly client: PlumblineClient;
  readonly timeoutMs: number;
  readonly retry: RetrySettings;
  readonly logger: AdapterLogger;
  /** Replaced in tests to observe waits without waiting. */
  readonly sleep?: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
}

type Send<ParseAs extends 'text' | 'stream'> = (init: AttemptInit<ParseAs>, deadline: Deadline) => Promise<Sent>;

export class RemoteCaller {
  constructor(private readonly options: RemoteCallerOptions) {}

  /** The openapi-fetch client over the published document's types. */
  get client(): PlumblineClient {
    return this.options.client;
  }

  /** Calls an operation that answers JSON and validates the answer against the contract. */
  async value<Schema extends z.ZodType>(spec: CallSpec, schema: Schema, send: Send<'text'>): Promise<z.output<Schema>> {
    const answer = await this.json(spec, send);
    return validateAnswer(schema, answer.body, spec.operation);
  }

  /** Calls an operation that answers JSON (or nothing). */
  json(spec: CallSpec, send: Send<'text'>): Promise<RemoteAnswer> {
    return this.attempts(spec, 'text', send, (sent, deadline) => {
      deadline.dispose();
      const { response } = sent;
      let body: unknown;
      if (response.ok) body = sent.data ? parseJson(sent.data as string, spec.operation) : undefined;
      // An accepted non-2xx answer (a 308): openapi-fetch has parsed its body when it was JSON.
      else body = typeof sent.error === 'object' ? sent.error : undefined;
      return { status: response.status, headers: response.headers, body };
    });
  }

  /** Calls an operation that answers a stream; only the opening of the stream is retried. */
  stream(spec: CallSpec, send: Send<'stream'>): Promise<StreamAnswer> {
    return this.attempts(spec, 'stream', send, (sent, deadline) => {
      if (!(sent.data instanceof ReadableStream)) {
        deadline.dispose();
        throw brokenAnswer(spec.operation, 'no body', [{ path: '/', message: 'a stream was expected' }]);
      }
      return { stream: sent.data as ReadableStream<Uint8Array>, deadline };
    });
  }

  private async attempts<ParseAs extends 'text' | 'stream', Result>(
    spec: CallSpec,
    parseAs: ParseAs,
    send: Send<ParseAs>,
    answered: (sent: Sent, deadline: Deadline) => Result,
  ): Promise<Result> {
    const { logger } = this.options;
    const policy = retryPolicyOf(this.options.retry);
    for (let retry = 1; ; retry += 1) {
      const deadline = new Deadline(this.options.timeoutMs, spec.context.signal);
      let failure: MappedFailure;
      try {
        const sent = await send({ signal: deadline.signal, headers: contextHeaders(spec.context), redirect: 'manual', parseAs }, deadline);
        if (sent.response.ok || spec.accept?.includes(sent.response.status)) return answered(sent, deadline);
        deadline.dispose();
        failure = failureFromAnswer(sent.response.status, sent.response.headers, sent.error, spec.operation);
      } catch (error) {
        deadline.dispose();
        if (spec.context.signal?.aborted) throw cancelled(spec.operation, error);
        if (error instanceof PlumblineError) throw error;
        failure = deadline.expired ? failureFromTimeout(spec.operation, this.options.timeoutMs) : failureFromNetwork(error, spec.operation);
      }
      const delay = retryDelay(failure, spec.safety, retry, policy);
      if (delay === null) throw failure.error;
      const status = failure.error instanceof UpstreamCallError ? failure.error.upstreamStatus : undefined;
      logger.warn({ adapter: 'http', operation: spec.operation, retry, kind: failure.error.kind, status, delayMs: delay }, 'retrying a call to the remote');
      await (this.options.sleep ?? sleep)(delay, spec.context.signal).catch((error: unknown) => {
        throw cancelled(spec.operation, error);
      });
    }
  }
}

function cancelled(operation: string, cause: unknown): UpstreamCallError {
  return new UpstreamCallError('upstream-unavailable', `The call to ${operation} was cancelled: the client went away or the gateway is closing.`, {
    adapter: 'http',
    retryable: false,
    cause,
  });
}

/** Header values must be printable ASCII; anything else is percent-encoded rather than refused. */
function headerValue(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : encodeURIComponent(value);
}

function contextHeaders(context: OperationContext): Record<string, string> {
  const headers: Record<string, string> = { [ACTOR_HEADER]: headerValue(context.actor) };
  if (context.justification !== undefined) headers[JUSTIFICATION_HEADER] = headerValue(context.justification);
  return headers;
}
