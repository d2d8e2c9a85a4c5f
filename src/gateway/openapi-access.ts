/**
 * Publishes the operations table's access rules in the contract document, so a client (or a
 * supplier implementing the contract natively) reads the same rules the gateway enforces: each
 * operation gets `x-plumbline-roles`, `x-plumbline-processing` and `x-plumbline-justification`,
 * and a sentence in its description for people reading the docs page.
 *
 * Every operation on personal data declares the `Plumbline-Justification` header as a parameter
 * (required where the gateway refuses a request without it), so that a docs page, a client
 * generator or a validating proxy knows to send it. The typed client sends it from one option
 * instead, so its types are generated without it (`src/client/generate-types.ts`).
 */
import { z } from 'zod';
import type { OpenAPIV3_1 } from 'openapi-types';
import { Justification } from '../contract/index.js';
import { needsJustification, operations, type OperationId } from './operations.js';

/** The header's name as documented (HTTP header names are case-insensitive). */
export const JUSTIFICATION_PARAMETER_NAME = 'Plumbline-Justification';

function justificationParameter(required: boolean): OpenAPIV3_1.ParameterObject {
  const { $schema: _dialect, description, ...schema } = z.toJSONSchema(Justification) as Record<string, unknown>;
  return {
    name: JUSTIFICATION_PARAMETER_NAME,
    in: 'header',
    required,
    description: `${description} Recorded in the audit trail with the request.${required ? '' : ' Optional here; recorded when sent.'}`,
    schema: schema as OpenAPIV3_1.ParameterObject['schema'],
    example: 'PSD-2026-0042',
  };
}

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
      if (policy.processing !== 'none') operation.parameters = [...(operation.parameters ?? []), justificationParameter(justification)];
      const access = `Roles: ${policy.roles.join(', ')}.${justification ? ' Requires a `Plumbline-Justification` header (the purpose or case reference), recorded in the audit trail.' : ''}`;
      operation.description = operation.description ? `${operation.description}\n\n${access}` : access;
    }
  }
  return document;
}
