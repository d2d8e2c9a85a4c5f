/**
 * Turns a supplier's failure — an HTTP error status, a network error or a timeout — into the
 * contract's problem kinds. Only the connector knows whether a supplier's 400/404/409 is the
 * client's fault (an unknown id the client asked for) or the connector's (a request it built
 * wrongly), so those become contract errors only when the caller says so; otherwise 502.
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
}

/** Supplier statuses that are the client's fault for this call, with the message (or error) to give. */
export type ClientFaults = Partial<Record<400 | 404 | 409 | 422, string | ((supplierBody: unknown) => PlumblineError)>>;

const clientFaultKinds = { 400: 'validation-failed', 404: 'not-found', 409: 'conflict', 422: 'unprocessable' } as const;

/** A short supplier error code from the body, if it has one; never free text, which may hold personal data. */
export function supplierErrorCode(body: unknown): string | undefined {
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
  headers: Record<string, string | string[] | undefined>,
  body: unknown,
  clientFaults: ClientFaults = {},
  now: number = Date.now(),
): PlumblineError {
  const code = supplierErrorCode(body);
  const said = `the supplier answered ${status}${code ? ` (${code})` : ''}`;
  const message = `${call.adapter}: ${call.operation} failed: ${said}.`;
  const common = { adapter: call.adapter, upstreamStatus: status };

  const clientFault = clientFaults[status as keyof ClientFaults];
  if (clientFault !== undefined) {
    if (typeof clientFault === 'function') return clientFault(body);
    return new PlumblineError(clientFaultKinds[status as keyof typeof clientFaultKinds], clientFault, { adapter: call.adapter });
  }
  if (status === 429 || status === 503) {
    const retryAfterSeconds = parseRetryAfter(headers['retry-after'], now);
    return new ConnectorCallError('upstream-unavailable', message, { ...common, delivery: 'refused', retryable: true, retryAfterSeconds });
  }
  if (status === 408) return new ConnectorCallError('upstream-timeout', message, { ...common, delivery: 'refused', retryable: true });
  if (status === 504) return new ConnectorCallError('upstream-timeout', message, { ...common, delivery: 'unknown', retryable: true });
  if (status === 401 || status === 403) {
    return new ConnectorCallError('upstream-failure', `${message} The supplier refused the connector's credentials.`, { ...common, delivery: 'answered' });
  }
  const delivery: Delivery = status >= 500 ? 'unknown' : 'answered';
  return new ConnectorCallError('upstream-failure', message, { ...common, delivery });
}

/** Error codes meaning no connection was made, so nothing reached the supplier. */
const notConnectedCodes: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);
const timeoutCodes: ReadonlySet<string> = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** The error for a call that got no usable answer: a network error, or our own deadline (`timedOut`). */
export function failureFromException(call: CallDescription, error: unknown, timedOut: boolean): ConnectorCallError {
  const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code ?? '') : '';
  const prefix = `${call.adapter}: ${call.operation} failed:`;
  if (timedOut || timeoutCodes.has(code)) {
    return new ConnectorCallError('upstream-timeout', `${prefix} the supplier did not answer in time.`, { adapter: call.adapter, delivery: 'unknown', cause: error });
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
