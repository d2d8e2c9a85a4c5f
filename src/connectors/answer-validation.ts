/**
 * Checks what a supplier returned against a minimal zod schema of the fields the connector maps.
 * A malformed answer becomes a clear 502 naming the adapter and the offending field, never a
 * pass-through: clients must not see a supplier's broken data as if it were the contract's.
 */
import type { z } from 'zod';
import { jsonPointer } from '../contract/json-pointer.js';
import { ConnectorCallError } from './connector-call-error.js';
import type { CallDescription } from './failure-mapping.js';

/** A field of a malformed answer: where, and what is wrong (never the value). */
export interface AnswerFieldError {
  readonly path: string;
  readonly message: string;
}

/**
 * Parses a supplier answer, or throws a 502 `upstream-failure` whose `errors` name each offending
 * field (paths only: values are never echoed, as they may be personal data). `at` prefixes the
 * paths, for a value inside a larger answer (`['lines', 12]` for a line of a stream).
 */
export function parseSupplierAnswer<Schema extends z.ZodType>(
  call: CallDescription,
  schema: Schema,
  answer: unknown,
  at: readonly PropertyKey[] = [],
): z.output<Schema> {
  const parsed = schema.safeParse(answer);
  if (parsed.success) return parsed.data;
  const fieldErrors = parsed.error.issues.slice(0, 20).map((issue) => ({ path: jsonPointer([...at, ...issue.path]), message: issue.message }));
  const fields = fieldErrors.map((fieldError) => fieldError.path).join(', ');
  return failMalformed(call, `the supplier's answer is malformed at ${fields}`, fieldErrors);
}

/** Parses a JSON text (an empty one is `undefined`), or throws the 502 saying it is not JSON. */
export function parseSupplierJson(call: CallDescription, text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return failMalformed(call, "the supplier's answer is not JSON", [{ path: '', message: 'not JSON' }]);
  }
}

/** The 502 for a supplier answer that cannot be used (not JSON, wrong content, inconsistent). */
export function malformedAnswer(call: CallDescription, what: string, fieldErrors?: AnswerFieldError[]): ConnectorCallError {
  return new ConnectorCallError('upstream-failure', `${call.adapter}: ${call.operation} failed: ${what}.`, {
    adapter: call.adapter,
    delivery: 'answered',
    errors: fieldErrors,
  });
}

/** Throws `malformedAnswer`. */
export function failMalformed(call: CallDescription, what: string, fieldErrors?: AnswerFieldError[]): never {
  throw malformedAnswer(call, what, fieldErrors);
}
