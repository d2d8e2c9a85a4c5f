/**
 * The casework API as the connector's resource code sees it: one call, made through the connector
 * kit's `UpstreamClient` (deadlines, retries honouring Retry-After, failure mapping, answer
 * validation), plus what is particular to casework: its idempotency keys and its error bodies.
 *
 * Casework's error messages are free text written by its staff and its validators, which may
 * quote a person's name or date of birth; they never reach a client. A refusal is answered with a
 * generic detail naming the operation and casework's error code, and the operator's log gets the
 * structured reason (status, code, field paths), never the text.
 */
import { z } from 'zod';
import type { UpstreamClient, UpstreamResponse, ClientFaults } from '../../../src/connectors/index.js';
import { PlumblineError } from '../../../src/adapter/errors.js';
import { silentLogger, type AdapterLogger } from '../../../src/adapter/factory.js';
import { toContractName } from '../model/field-names.js';
import { problemKindOfCode } from '../model/jobs.js';

export interface CaseworkCall<Answer> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path under the base URL, such as `/api/v3/jobs`. */
  readonly path: string;
  /** What the call does, for messages: `creating an ingest job`. */
  readonly operation: string;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  /** A JSON body. */
  readonly json?: unknown;
  /** A text body with its content type (job uploads). */
  readonly text?: { readonly body: string; readonly contentType: string };
  /**
   * Sent as `Idempotency-Key`. Casework replays the first answer to a repeat with the same key, so
   * a write that carries one may be retried even when its first outcome is unknown.
   */
  readonly idempotencyKey?: string;
  /**
   * Casework refusals that are the client's fault for this call (an unknown id it asked for, a
   * transition the lifecycle forbids). Any other refusal is the connector's or the platform's: 502.
   */
  readonly clientFaults?: readonly (400 | 404 | 409 | 422)[];
  /** The fields of the answer the connector maps; a mismatch is a 502 naming the field. */
  readonly answer: z.ZodType<Answer>;
  readonly signal?: AbortSignal;
}

const CaseworkErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.array(z.object({ field: z.string(), issue: z.string() })).optional() }),
});

/** A casework field path (`parameters.rules.0.settings`) as a JSON pointer in the contract's names. */
export function contractPointer(field: string, prefix: readonly string[] = []): string {
  const segments = field
    .split('.')
    .filter(Boolean)
    .map((segment) => (/^\d+$/.test(segment) ? segment : toContractName(segment)));
  return ['', ...prefix, ...segments].join('/');
}

/** The client-facing detail of a casework refusal or failure: the operation and casework's code, never its text. */
export function genericDetail(operation: string, code: string | undefined): string {
  return `The casework platform refused ${operation}${code ? ` (${code})` : ''}.`;
}

export class CaseworkApi {
  constructor(
    private readonly client: UpstreamClient,
    /** Where refusals are logged, as structured reasons without casework's free text. */
    readonly logger: AdapterLogger = silentLogger,
  ) {}

  /** Makes a call, retrying what is safe to retry; throws a `PlumblineError` the gateway can answer with. */
  call<Answer>(call: CaseworkCall<Answer>): Promise<UpstreamResponse<Answer>> {
    const clientFaults: ClientFaults = {};
    for (const status of call.clientFaults ?? []) clientFaults[status] = (body) => this.clientError(call.operation, status, body);
    return this.client.request({
      method: call.method,
      path: call.path,
      operation: call.operation,
      query: call.query,
      json: call.json,
      ...(call.text ? { raw: { content: call.text.body, contentType: call.text.contentType } } : {}),
      ...(call.idempotencyKey ? { headers: { 'idempotency-key': call.idempotencyKey }, idempotent: true } : {}),
      clientFaults,
      schema: call.answer,
      signal: call.signal,
    });
  }

  /** Makes a call and keeps only the body. */
  async body<Answer>(call: CaseworkCall<Answer>): Promise<Answer> {
    return (await this.call(call)).body;
  }

  /** A casework refusal as the contract error it stands for, with the paths of its field details. */
  private clientError(operation: string, status: 400 | 404 | 409 | 422, body: unknown): PlumblineError {
    const adapter = this.client.adapter;
    const parsed = CaseworkErrorBody.safeParse(body);
    const fallback = { 400: 'validation-failed', 404: 'not-found', 409: 'conflict', 422: 'unprocessable' } as const;
    const code = parsed.success ? parsed.data.error.code : undefined;
    // Field details are casework's validator speaking about the client's own input (which field, which
    // value of the request is wrong); they are passed on. The message is free text and is not.
    const errors = parsed.success ? (parsed.data.error.details ?? []).map((detail) => ({ path: contractPointer(detail.field), message: detail.issue })) : [];
    this.logger.warn(
      { adapter, operation, upstreamStatus: status, code, fields: errors.map((error) => error.path) },
      'the casework platform refused a request',
    );
    const kind = code === undefined ? fallback[status] : problemKindOfCode(code);
    return new PlumblineError(kind === 'upstream-failure' ? fallback[status] : kind, genericDetail(operation, code), {
      adapter,
      ...(errors.length ? { errors } : {}),
    });
  }
}
