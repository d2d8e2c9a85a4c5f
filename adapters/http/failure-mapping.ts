/**
 * Turns what went wrong in one call to the remote into the error the gateway answers with.
 *
 * The remote speaks the contract, so its problem details mostly keep their kind: a 404 stays
 * `not-found`, a 400 stays `validation-failed` with its `errors`. What is the remote's fault, or
 * this gateway's configuration's, becomes an `UpstreamCallError`: 5xx answers, network failures
 * and timeouts, and 401/403 (the remote refused this gateway's token, not the client's).
 */
import { z } from 'zod';
import { PlumblineError, UpstreamCallError } from '../../src/adapter/errors.js';
import { ProblemFieldError, problemKinds, type ProblemKind } from '../../src/contract/problem.js';
import { parseRetryAfter } from '../../src/connectors/index.js';
import type { AttemptFailure } from './retry-policy.js';

/** A failed attempt: the error to raise if it is not retried, and what the retry decision needs. */
export interface MappedFailure extends AttemptFailure {
  readonly error: PlumblineError;
}

const RemoteProblem = z.object({
  type: z.string().optional(),
  detail: z.string().optional(),
  errors: z.array(ProblemFieldError).optional(),
  capability: z.string().optional(),
  retryable: z.boolean().optional(),
});

/** Kinds that mean the same behind this gateway as at the remote. */
const passedThrough: ReadonlySet<ProblemKind> = new Set([
  'validation-failed',
  'not-found',
  'conflict',
  'payload-too-large',
  'unsupported-media-type',
  'unprocessable',
  'capability-unsupported',
]);

const transientStatuses: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/** Error codes, anywhere in an error's causes, that prove the request never left this process. */
const notSentCodes: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

const problemPrefix = 'urn:plumbline:problem:';

function kindOf(status: number, type: string | undefined): ProblemKind | undefined {
  const named = type?.startsWith(problemPrefix) ? (type.slice(problemPrefix.length) as ProblemKind) : undefined;
  if (named && problemKinds[named]?.status === status) return named;
  return (Object.keys(problemKinds) as ProblemKind[]).find((kind) => problemKinds[kind].status === status);
}

function upstreamKindFor(status: number): 'upstream-failure' | 'upstream-unavailable' | 'upstream-timeout' {
  if (status === 503 || status === 429) return 'upstream-unavailable';
  return status === 504 ? 'upstream-timeout' : 'upstream-failure';
}

/** Maps an answer outside the operation's success statuses. `operation` names the route, never ids. */
export function failureFromAnswer(status: number, headers: Headers, body: unknown, operation: string): MappedFailure {
  const parsed = RemoteProblem.safeParse(body);
  const problem = parsed.success ? parsed.data : {};
  const kind = kindOf(status, problem.type);
  const retryAfterSeconds = parseRetryAfter(headers.get('retry-after') ?? undefined);

  if (kind && passedThrough.has(kind)) {
    const error = new PlumblineError(kind, problem.detail ?? `The remote answered ${operation} with ${status}.`, {
      errors: problem.errors,
      capability: problem.capability,
    });
    return { error, transient: false, mayHaveReachedRemote: true };
  }

  const transient = transientStatuses.has(status) && problem.retryable !== false;
  const said = problem.detail ? `: ${problem.detail}` : '';
  const message =
    status === 401 || status === 403
      ? `The remote refused this gateway's credentials for ${operation} (HTTP ${status}${said}). Check PLUMBLINE_HTTP_TOKEN and the roles it carries.`
      : `The remote failed on ${operation} (HTTP ${status}${said}).`;
  const error = new UpstreamCallError(upstreamKindFor(status), message, {
    adapter: 'http',
    upstreamStatus: status,
    retryable: transient,
    retryAfterSeconds,
    errors: problem.errors,
  });
  return { error, transient, mayHaveReachedRemote: true, retryAfterSeconds };
}

/** Maps a call that timed out. */
export function failureFromTimeout(operation: string, timeoutMs: number): MappedFailure {
  const error = new UpstreamCallError('upstream-timeout', `The remote did not answer ${operation} within ${timeoutMs} ms.`, { adapter: 'http' });
  return { error, transient: true, mayHaveReachedRemote: true };
}

/** Maps a call that failed without an answer: refused, reset, unresolvable, cut short. */
export function failureFromNetwork(cause: unknown, operation: string): MappedFailure {
  const code = errorCode(cause);
  const error = new UpstreamCallError('upstream-unavailable', `The remote could not be reached for ${operation} (${reasonOf(cause)}).`, { adapter: 'http', cause });
  return { error, transient: true, mayHaveReachedRemote: !(code && notSentCodes.has(code)) };
}

/** A short reason for a network failure: its error code, or its message. */
export function reasonOf(error: unknown): string {
  return errorCode(error) ?? (error instanceof Error ? error.message : String(error));
}

/** The first error code found in an error, its causes, or the errors of an AggregateError. */
function errorCode(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string') return code;
  if (Array.isArray(errors) && errors.length > 0) return errorCode(errors[0], depth + 1);
  return errorCode(cause, depth + 1);
}
