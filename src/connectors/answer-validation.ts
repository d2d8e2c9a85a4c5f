/**
 * Checks what a supplier returned against a minimal zod schema of the fields the connector maps.
 * A malformed answer becomes a clear 502 naming the adapter and the offending field, never a
 * pass-through: clients must not see a supplier's broken data as if it were the contract's.
 */
import type { z } from 'zod';
import { jsonPointer } from '../contract/json-pointer.js';
import { ConnectorCallError } from './connector-call-error.js';
import type { CallDescription } from './failure-mapping.js';

/**
 * Parses a supplier answer, or throws a 502 `upstream-failure` whose `errors` name each offending
 * field (paths only: values are never echoed, as they may be personal data).
 */
export function parseSupplierAnswer<Schema extends z.ZodType>(call: CallDescription, schema: Schema, answer: unknown): z.output<Schema> {
  const parsed = schema.safeParse(answer);
  if (parsed.success) return parsed.data;
  const fieldErrors = parsed.error.issues.slice(0, 20).map((issue) => ({ path: jsonPointer(issue.path), message: issue.message }));
  const fields = fieldErrors.map((fieldError) => fieldError.path).join(', ');
  return failMalformed(call, `the supplier's answer is malformed at ${fields}`, fieldErrors);
}

/** Throws the 502 for a supplier answer that cannot be used at all (not JSON, wrong content). */
export function failMalformed(call: CallDescription, what: string, fieldErrors?: { path: string; message: string }[]): never {
  throw new ConnectorCallError('upstream-failure', `${call.adapter}: ${call.operation} failed: ${what}.`, {
    adapter: call.adapter,
    delivery: 'answered',
    errors: fieldErrors,
  });
}
