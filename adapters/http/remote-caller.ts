/**
 * Every call to the remote goes through here: the caller's identity and justification as headers,
 * and the connector kit's deadline, retry loop, failure mapping and answer parser around the
 * generated contract client. Redirects are never followed: a 308 is the remote's answer.
 *
 * What is particular to a remote that speaks the contract: its problems for the client's own
 * mistakes (400, 404, 409, 413, 415, 422, 501) keep their kind and detail, which the contract
 * wrote for clients; everything else is the remote failing, mapped as for any supplier.
 */
import { z } from 'zod';
import type { AdapterLogger } from '../../src/adapter/factory.js';
import type { OperationContext } from '../../src/adapter/context.js';
import { PlumblineError } from '../../src/adapter/errors.js';
import { JUSTIFICATION_HEADER, ProblemFieldError, problemKinds, type ProblemKind } from '../../src/contract/index.js';
import type { PlumblineClient } from '../../src/client/client.js';
import {
  callWithRetries,
  Deadline,
  failMalformed,
  failureFromException,
  failureFromStatus,
  parseSupplierAnswer,
  parseSupplierJson,
  retryPolicyOf,
  type CallDescription,
  type ClientFaults,
  type ClientFaultStatus,
  type Repeatability,
  type RetrySettings,
} from '../../src/connectors/index.js';

/** The adapter id, named in every problem and log line. */
export const HTTP_ADAPTER_ID = 'http';

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
  /** The route's operation id, such as `getSource`: named in messages and logs, never with ids. */
  readonly operation: string;
  readonly safety: Repeatability;
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

/** Names a call to the remote in problems and logs. */
export function remoteCall(operation: string): CallDescription {
  return { adapter: HTTP_ADAPTER_ID, operation, credentialsSetting: 'PLUMBLINE_HTTP_TOKEN' };
}

const RemoteProblem = z.object({ detail: z.string().optional(), errors: z.array(ProblemFieldError).optional(), capability: z.string().optional() });

/** The remote's problems that are the client's own mistakes, passed on with the remote's words. */
const passedThrough: ClientFaults = Object.fromEntries(
  ([400, 404, 409, 413, 415, 422, 501] as const).map((status) => [
    status,
    (body: unknown) => {
      const kind = (Object.keys(problemKinds) as ProblemKind[]).find((candidate) => problemKinds[candidate].status === status)!;
      const parsed = RemoteProblem.safeParse(body);
      const problem = parsed.success ? parsed.data : {};
      return new PlumblineError(kind, problem.detail ?? `The remote answered ${status}.`, { errors: problem.errors, capability: problem.capability });
    },
  ]),
) as Record<ClientFaultStatus, (body: unknown) => PlumblineError>;

export class RemoteCaller {
  constructor(private readonly options: RemoteCallerOptions) {}

  /** The openapi-fetch client over the published document's types. */
  get client(): PlumblineClient {
    return this.options.client;
  }

  /** Calls an operation that answers JSON and validates the answer against the contract. */
  async value<Schema extends z.ZodType>(spec: CallSpec, schema: Schema, send: Send<'text'>): Promise<z.output<Schema>> {
    const answer = await this.json(spec, send);
    return parseSupplierAnswer(remoteCall(spec.operation), schema, answer.body);
  }

  /** Calls an operation that answers JSON (or nothing). */
  json(spec: CallSpec, send: Send<'text'>): Promise<RemoteAnswer> {
    return this.attempts(spec, 'text', send, (sent, deadline) => {
      deadline.dispose();
      const { response } = sent;
      let body: unknown;
      if (response.ok) body = sent.data ? parseSupplierJson(remoteCall(spec.operation), sent.data as string) : undefined;
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
        failMalformed(remoteCall(spec.operation), 'no body where a stream was expected', [{ path: '', message: 'a stream was expected' }]);
      }
      return { stream: sent.data as ReadableStream<Uint8Array>, deadline };
    });
  }

  private attempts<ParseAs extends 'text' | 'stream', Result>(
    spec: CallSpec,
    parseAs: ParseAs,
    send: Send<ParseAs>,
    answered: (sent: Sent, deadline: Deadline) => Result,
  ): Promise<Result> {
    const call = remoteCall(spec.operation);
    const { logger, sleep, timeoutMs } = this.options;
    const retrying = { call, repeatability: spec.safety, policy: retryPolicyOf(this.options.retry), signal: spec.context.signal, logger, sleep };
    return callWithRetries(retrying, async () => {
      const deadline = new Deadline(timeoutMs, spec.context.signal);
      let sent: Sent;
      try {
        sent = await send({ signal: deadline.signal, headers: contextHeaders(spec.context), redirect: 'manual', parseAs }, deadline);
      } catch (error) {
        deadline.dispose();
        if (error instanceof PlumblineError) throw error;
        throw failureFromException(call, error, deadline.expired);
      }
      if (sent.response.ok || spec.accept?.includes(sent.response.status)) return answered(sent, deadline);
      deadline.dispose();
      throw failureFromStatus(call, sent.response.status, sent.response.headers, sent.error, passedThrough);
    });
  }
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
