/**
 * Generates the client types from the published document with openapi-typescript, so that client
 * apps depend on the document alone. Dev-time only (openapi-typescript is a dev dependency).
 */
import type { OpenAPIV3_1 } from 'openapi-types';

export const GENERATED_TYPES_PATH = 'src/client/plumbline.v1.ts';

export async function generateClientTypes(document: OpenAPIV3_1.Document): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(document as never, { alphabetize: true, exportType: true });
  const header = [
    '/**',
    ' * Generated from openapi/plumbline.v1.json by `npm run openapi` (openapi-typescript). Do not edit:',
    ' * change the zod schemas in src/contract/ and regenerate. A test fails when this file drifts.',
    ' */',
    '',
  ].join('\n');
  return header + astToString(ast);
}
