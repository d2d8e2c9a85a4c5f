/**
 * Publishes the operations table's access rules in the contract document, so a client (or a
 * supplier implementing the contract natively) reads the same rules the gateway enforces: each
 * operation gets `x-plumbline-roles`, `x-plumbline-processing` and `x-plumbline-justification`,
 * and a sentence in its description for people reading the docs page.
 *
 * The justification header is not declared as a parameter: the typed client sends it on every
 * request from one option, and a declared required parameter would force it into every call.
 */
import type { OpenAPIV3_1 } from 'openapi-types';
import { needsJustification, operations, type OperationId } from './operations.js';

export function describeAccess(document: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(pathItem ?? {}) as (OpenAPIV3_1.OperationObject & Record<string, unknown>)[]) {
      const id = operation.operationId;
      if (!id || !(id in operations)) continue;
      const policy = operations[id as OperationId];
      const justification = needsJustification(policy);
      operation['x-plumbline-roles'] = [...policy.roles];
      operation['x-plumbline-processing'] = policy.processing;
      operation['x-plumbline-justification'] = justification ? 'required' : 'optional';
      const access = `Roles: ${policy.roles.join(', ')}.${justification ? ' Requires a `Plumbline-Justification` header (the purpose or case reference), recorded in the audit trail.' : ''}`;
      operation.description = operation.description ? `${operation.description}\n\n${access}` : access;
    }
  }
  return document;
}
