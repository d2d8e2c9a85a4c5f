/**
 * How the simulated casework platform answers errors: `{ error: { code, message, details } }`
 * with its own codes, never the contract's problem details. Errors the embedded engine raises are
 * translated here, as the real platform would translate its internal errors.
 */
import { PlumblineError } from '../../../src/adapter/errors.js';
import type { CaseworkErrorCode } from '../model/jobs.js';
import { toCaseworkName } from '../model/field-names.js';

export interface CaseworkErrorDetail {
  field: string;
  issue: string;
}

/** An error the simulator answers with. */
export class CaseworkHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: CaseworkErrorCode | 'UNAUTHORIZED' | 'RATE_LIMITED' | 'JOB_NOT_COMPLETE' | 'IDEMPOTENCY_KEY_REUSED' | 'UNSUPPORTED_MEDIA_TYPE',
    message: string,
    readonly details: CaseworkErrorDetail[] = [],
  ) {
    super(message);
  }

  body() {
    return { error: { code: this.code, message: this.message, ...(this.details.length ? { details: this.details } : {}) } };
  }
}

/** A contract-style path (`/detectors/0/parameters/threshold`) in casework's dotted snake_case. */
export function caseworkFieldPath(path: readonly PropertyKey[] | string): string {
  const segments = typeof path === 'string' ? path.split('/').filter(Boolean) : path.map(String);
  return segments.map((segment) => (/^\d+$/.test(segment) ? segment : toCaseworkName(segment))).join('.');
}

const byKind: Partial<Record<PlumblineError['kind'], [number, CaseworkErrorCode]>> = {
  'validation-failed': [400, 'INVALID_REQUEST'],
  'not-found': [404, 'NOT_FOUND'],
  conflict: [409, 'CONFLICT'],
  unprocessable: [422, 'UNPROCESSABLE'],
  'payload-too-large': [413, 'PAYLOAD_TOO_LARGE'],
};

/** Any error as the casework error the platform answers with; unknown errors are internal. */
export function toCaseworkError(error: unknown): CaseworkHttpError {
  if (error instanceof CaseworkHttpError) return error;
  if (PlumblineError.isInstance(error)) {
    const [status, code] = byKind[error.kind] ?? [500, 'INTERNAL_ERROR'];
    const details = (error.errors ?? []).map((fieldError) => ({ field: caseworkFieldPath(fieldError.path), issue: fieldError.message }));
    return new CaseworkHttpError(status, code, status === 500 ? 'Internal error.' : error.message, details);
  }
  return new CaseworkHttpError(500, 'INTERNAL_ERROR', 'Internal error.');
}
