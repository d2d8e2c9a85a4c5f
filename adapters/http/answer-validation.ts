/**
 * What the remote answers is checked against the contract before anything reaches a client: a
 * body that is not JSON, or breaks a schema, becomes a 502 naming the field, never a pass-through.
 */
import type { z } from 'zod';
import { jsonPointer } from '../../src/contract/index.js';
import { UpstreamCallError } from '../../src/adapter/errors.js';

/** A 502 for an answer that breaks the contract. */
export function brokenAnswer(operation: string, what: string, errors: { path: string; message: string }[]): UpstreamCallError {
  return new UpstreamCallError('upstream-failure', `The remote answered ${operation} with ${what}.`, { adapter: 'http', errors, retryable: false });
}

/** Parses a JSON text, or throws a 502 saying it is not JSON. */
export function parseJson(text: string, operation: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw brokenAnswer(operation, 'a body that is not JSON', [{ path: '/', message: 'not JSON' }]);
  }
}

/**
 * Validates a parsed answer, or throws a 502 naming the first field that breaks the contract.
 * `at` prefixes the paths, for a value inside a larger answer (`['lines', 12]` for a stream line).
 */
export function validateAnswer<Schema extends z.ZodType>(schema: Schema, value: unknown, operation: string, at: readonly PropertyKey[] = []): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((issue) => ({ path: jsonPointer([...at, ...issue.path]), message: issue.message }));
  throw brokenAnswer(operation, `a body that breaks the contract at ${errors[0].path} (${errors[0].message})`, errors);
}
