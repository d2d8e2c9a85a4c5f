/**
 * Turns a supplier's failure — an HTTP error status, a network error or a timeout — into the
 * contract's problem kinds. This is the one mapping every connector uses (foundry, casework,
 * http), so a supplier's 408 or 429 means the same behind any of them:
 *
 * | supplier                         | delivery  | answered to the client             | repeated by the kit    |
 * |----------------------------------|-----------|------------------------------------|------------------------|
 * | 408                              | refused   | 504 upstream-timeout, retryable    | yes, any method        |
 * | 429, 503                         | refused   | 503 upstream-unavailable + Retry-After | yes, any method    |
 * | 504, our own deadline            | unknown   | 504 upstream-timeout, retryable    | only idempotent calls  |
 * | 500, 502, connection lost        | unknown   | 502/503, retryable                 | only idempotent calls  |
 * | connection refused, DNS failure  | not-sent  | 503 upstream-unavailable           | yes, any method        |
 * | 401, 403, other 4xx, other 5xx   | answered  | 502 upstream-failure, not retryable| never                  |
 *
 * Why 408 is a retried 504 and not a one-shot 502: RFC 9110 §15.5.9 says a 408 means the supplier
 * closed the exchange without processing the request and that the client may repeat it. It is the
 * supplier running out of time, which the contract calls `upstream-timeout`; a 502 would tell the
 * client the supplier is broken when waiting a moment is all it takes.
 *
 * Only the connector knows whether a supplier's 400/404/409 is the client's fault (an unknown id
 * the client asked for) or the connector's (a request it built wrongly), so those become contract
 * errors only when the caller says so (`ClientFaults`); otherwise 502. Suppliers' free text never
 * reaches a message: it may hold personal data. Only a short error code is quoted.
 */
import { PlumblineError } from '../adapter/errors.js';
import { ConnectorCallError, type Delivery } from './connector-call-error.js';
import { parseRetryAfter } from './retry-after.js';

/** Names the call in messages: `foundry: listing persons failed …`. */
export interface CallDescription {
  /** The adapter id, shown in problems (`adapter`) and messages. */
  readonly adapter: string;
  /** What the call does, in words: `listing persons`, `applying review-flag`. */
  readonly operation: string;
  /** The setting an operator checks when the supplier refuses the connector's credentials (`PLUMBLINE_HTTP_TOKEN`). */
  readonly credentialsSetting?: string;
}

/** Supplier statuses that are the client's fault for this call, with the message (or error) to give. */
export type ClientFaults = Partial<Record<ClientFaultStatus, string | ((supplierBody: unknown) => PlumblineError)>>;

const clientFaultKinds = {
  400: 'validation-failed',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable',
  501: 'capability-unsupported',
} as const;

/** The supplier statuses a connector may declare the client's fault. */
export type ClientFaultStatus = keyof typeof clientFaultKinds;

/** Headers as undici's `request` (a record) or its `fetch` (a `Headers`) hands them over. */
export type AnswerHeaders = Record<string, string | string[] | undefined> | Headers;

function headerOf(headers: AnswerHeaders, name: string): string | string[] | undefined {
  return headers instanceof Headers ? (headers.get(name) ?? undefined) : headers[name];
}

/** A short supplier error code from the body, if it has one; never free text, which may hold personal data. */
function supplierErrorCode(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  for (const key of ['errorName', 'errorCode', 'error_code', 'code', 'error']) {
    const value = record[key];
    if (typeof value === 'string' && value.length <= 80 && /^[\w.:-]+$/.test(value)) return value;
  }
  return undefined;
}

/** The error for a supplier's non-success HTTP answer. */
export function failureFromStatus(
  call: CallDescription,
  status: number,
  headers: AnswerHeaders,
  body: unknown,
  clientFaults: ClientFaults = {},
  now: number = Date.now(),
): PlumblineError {
  const code = supplierErrorCode(body);
  const said = `the supplier answered ${status}${code ? ` (${code})` : ''}`;
  const message = `${call.adapter}: ${call.operation} failed: ${said}.`;
  const common = { adapter: call.adapter, upstreamStatus: status };

  const clientFault = clientFaults[status as ClientFaultStatus];
  if (clientFault !== undefined) {
    if (typeof clientFault === 'function') return clientFault(body);
    return new PlumblineError(clientFaultKinds[status as ClientFaultStatus], clientFault, { adapter: call.adapter });
  }
  if (status === 429 || status === 503) {
    const retryAfterSeconds = parseRetryAfter(headerOf(headers, 'retry-after'), now);
    return new ConnectorCallError('upstream-unavailable', message, { ...common, delivery: 'refused', retryable: true, retryAfterSeconds });
  }
  if (status === 408) return new ConnectorCallError('upstream-timeout', message, { ...common, delivery: 'refused', retryable: true });
  if (status === 504) return new ConnectorCallError('upstream-timeout', message, { ...common, delivery: 'unknown', retryable: true });
  if (status === 500 || status === 502) return new ConnectorCallError('upstream-failure', message, { ...common, delivery: 'unknown', retryable: true });
  if (status === 401 || status === 403) {
    const check = call.credentialsSetting ? ` Check ${call.credentialsSetting} and the roles it carries.` : '';
    return new ConnectorCallError('upstream-failure', `${message} The supplier refused the connector's credentials.${check}`, {
      ...common,
      delivery: 'answered',
    });
  }
  // Any other status (a 4xx the connector did not expect, 501, 505 …) repeats the same way if sent again.
  const delivery: Delivery = 'answered';
  return new ConnectorCallError('upstream-failure', message, { ...common, delivery, retryable: false });
}

/** Error codes meaning no connection was made, so nothing reached the supplier. */
const notConnectedCodes: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
const timeoutCodes: ReadonlySet<string> = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/**
 * The first error code in an error, its `cause` chain, or the `errors` of an `AggregateError`.
 * undici's fetch wraps the socket error (`TypeError: fetch failed` → cause `ECONNREFUSED`), and a
 * host with several addresses fails with an `AggregateError` of one error per address.
 */
export function errorCodeOf(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && code !== '') return code;
  if (Array.isArray(errors)) {
    for (const inner of errors) {
      const found = errorCodeOf(inner, depth + 1);
      if (found) return found;
    }
  }
  return errorCodeOf(cause, depth + 1);
}

/** A short reason for a network failure, safe to show: its error code, or the error's name. */
export function failureReason(error: unknown): string {
  return errorCodeOf(error) ?? (error instanceof Error ? error.name : 'unknown error');
}

/** The error for a call that got no usable answer: a network error, or our own deadline (`timedOut`). */
export function failureFromException(call: CallDescription, error: unknown, timedOut: boolean): ConnectorCallError {
  const code = errorCodeOf(error) ?? '';
  const prefix = `${call.adapter}: ${call.operation} failed:`;
  if (timedOut || timeoutCodes.has(code)) {
    return new ConnectorCallError('upstream-timeout', `${prefix} the supplier did not answer in time.`, {
      adapter: call.adapter,
      delivery: 'unknown',
      cause: error,
    });
  }
  if (notConnectedCodes.has(code)) {
    return new ConnectorCallError('upstream-unavailable', `${prefix} the supplier could not be reached (${code}).`, {
      adapter: call.adapter,
      delivery: 'not-sent',
      cause: error,
    });
  }
  return new ConnectorCallError('upstream-unavailable', `${prefix} the connection was lost${code ? ` (${code})` : ''}.`, {
    adapter: call.adapter,
    delivery: 'unknown',
    cause: error,
  });
}

/** The error for a call its caller cancelled (the client went away, the gateway is closing). */
export function cancelledCall(call: CallDescription, cause: unknown): ConnectorCallError {
  return new ConnectorCallError('upstream-unavailable', `${call.adapter}: ${call.operation} was cancelled.`, {
    adapter: call.adapter,
    delivery: 'unknown',
    retryable: false,
    cause,
  });
}
