/**
 * The published contract document, generated from the routes and zod schemas. The routes are the
 * same whatever the adapter, so it is built with an adapter that offers nothing.
 */
import type { OpenAPIV3_1 } from 'openapi-types';
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import { buildGateway } from './app.js';
import { openapiDocument } from './plugins/openapi.js';

const describeOnly: PlumblineAdapterV1 = {
  specificationVersion: 'v1',
  identity: { id: 'none', name: 'No adapter (document generation)', version: '0.0.0', vendor: 'Plumbline' },
  capabilities: [],
  checkReady: async () => {},
  close: async () => {},
};

export async function contractDocument(): Promise<OpenAPIV3_1.Document> {
  const app = await buildGateway({ adapter: describeOnly });
  try {
    return openapiDocument(app);
  } finally {
    await app.close();
  }
}

/** The document as checked in: two-space indentation and a final newline, so diffs stay readable. */
export function formatDocument(document: OpenAPIV3_1.Document): string {
  return JSON.stringify(document, null, 2) + '\n';
}
