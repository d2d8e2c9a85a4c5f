/**
 * Generates the client types from the published document with openapi-typescript, so that client
 * apps depend on the document alone. Dev-time only (openapi-typescript is a dev dependency).
 */
import type { OpenAPIV3_1 } from 'openapi-types';
import { JUSTIFICATION_PARAMETER_NAME } from '../gateway/openapi-access.js';

export const GENERATED_TYPES_PATH = 'src/client/plumbline.v1.ts';

/**
 * The document as the typed client sees it. The client sends `Plumbline-Justification` on every
 * request from its `justification` option, so the header parameter is left out of the types (as a
 * required parameter it would have to be repeated in every call); the problem examples are for
 * people reading the docs page, not for the types.
 */
function forTheClient(document: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  const copy = structuredClone(document);
  for (const pathItem of Object.values(copy.paths ?? {})) {
    for (const operation of Object.values(pathItem ?? {}) as OpenAPIV3_1.OperationObject[]) {
      if (typeof operation !== 'object' || !operation.responses) continue;
      operation.parameters = operation.parameters?.filter((parameter) => (parameter as OpenAPIV3_1.ParameterObject).name !== JUSTIFICATION_PARAMETER_NAME);
      for (const response of Object.values(operation.responses) as OpenAPIV3_1.ResponseObject[]) {
        for (const media of Object.values(response.content ?? {})) delete media.example;
      }
    }
  }
  return copy;
}

export async function generateClientTypes(document: OpenAPIV3_1.Document): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(forTheClient(document) as never, { alphabetize: true, exportType: true });
  const header = [
    '/**',
    ' * Generated from openapi/plumbline.v1.json by `npm run openapi` (openapi-typescript). Do not edit:',
    ' * change the zod schemas in src/contract/ and regenerate. A test fails when this file drifts.',
    ' */',
    '',
  ].join('\n');
  return header + astToString(ast);
}
