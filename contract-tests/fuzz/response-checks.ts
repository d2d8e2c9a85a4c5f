/**
 * What every answer must be, judged from the published document alone: no server error, a status
 * the operation documents, a content type documented for that status, a body its schema accepts;
 * and for a broken request, the refusal the contract promises (401 without a token, 403 for a role
 * not allowed, 400 without a required justification, 415 for a body of another type, a 4xx for
 * invalid input). Each violation is a sentence naming the operation.
 */
import { fieldErrors, validatorFor, type PublishedOperation } from '../published/published-contract.js';
import type { FuzzRequest } from './fuzz-request.js';

export type ViolationKind = 'server-error' | 'undocumented-status' | 'undocumented-content-type' | 'schema-violation' | 'invalid-accepted' | 'auth-ignored';

export interface Violation {
  readonly kind: ViolationKind;
  readonly message: string;
}

export interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/** The status a broken request must get, when the contract names one. */
const promised: Partial<Record<FuzzRequest['mutation'], number>> = { 'no-token': 401, 'wrong-role': 403, 'no-justification': 400, 'wrong-content-type': 415 };

/**
 * A documented 501 `capability-unsupported` is the contract's way of saying a capability is not
 * offered (a gateway without a parallel run, an adapter without the possible-match queue): an
 * answer, not a server error. Its body is still checked against the document below.
 */
function declinesCapability(operation: PublishedOperation, answer: Answer): boolean {
  if (answer.status !== 501 || !operation.responses['501']) return false;
  try {
    return (JSON.parse(answer.body) as { type?: unknown }).type === 'urn:plumbline:problem:capability-unsupported';
  } catch {
    return false;
  }
}

export function checkAnswer(operation: PublishedOperation, request: FuzzRequest, answer: Answer): Violation[] {
  const where = `${request.method} ${request.path.split('?')[0].slice(0, 80)} (${operation.operationId}, ${request.mutation})`;
  const violations: Violation[] = [];
  const add = (kind: ViolationKind, message: string) => violations.push({ kind, message: `${where}: ${message}` });
  if (answer.status >= 500 && !declinesCapability(operation, answer)) add('server-error', `answered ${answer.status}: ${answer.body.slice(0, 200)}`);
  if (request.broken) {
    const expected = promised[request.mutation];
    if (expected !== undefined && answer.status !== expected)
      add(
        request.mutation === 'no-token' || request.mutation === 'wrong-role' ? 'auth-ignored' : 'invalid-accepted',
        `answered ${answer.status}, the contract promises ${expected}`,
      );
    if (expected === undefined && (answer.status < 400 || answer.status >= 500)) add('invalid-accepted', `invalid input answered ${answer.status}`);
  }
  const documented = operation.responses[String(answer.status)];
  if (!documented) {
    add('undocumented-status', `answered ${answer.status}, which the document does not list`);
    return violations;
  }
  const media = answer.contentType.split(';')[0].trim();
  const content = documented.content ?? {};
  if (Object.keys(content).length === 0) {
    if (answer.body.length > 0) add('undocumented-content-type', `answered ${answer.status} with a ${media || 'typeless'} body where the document lists none`);
    return violations;
  }
  const declared = content[media];
  if (!declared) {
    add('undocumented-content-type', `answered ${answer.status} as "${media}", the document lists ${Object.keys(content).join(', ')}`);
    return violations;
  }
  const values = media === 'application/x-ndjson' ? answer.body.split('\n').filter((line) => line.trim() !== '') : [answer.body];
  const validate = validatorFor(declared.schema);
  for (const [index, text] of values.entries()) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      add('schema-violation', `answered ${answer.status} with a body that is not JSON${values.length > 1 ? ` (line ${index + 1})` : ''}`);
      continue;
    }
    if (!validate(value))
      add(
        'schema-violation',
        `answered ${answer.status} with a body its schema refuses: ${fieldErrors(validate.errors, '')
          .slice(0, 3)
          .map((error) => `${error.path || '/'} ${error.message}`)
          .join('; ')}`,
      );
  }
  return violations;
}
