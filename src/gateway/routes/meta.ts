import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CONTRACT_VERSION, MAX_BATCH_RECORDS, MAX_PAGE_SIZE, Meta } from '../../contract/index.js';
import { problemResponses } from '../route-helpers.js';

/** `GET /v1/meta`: answered from the adapter's identity and manifest, validated like any answer. */
const metaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/meta',
    {
      config: { operation: 'getMeta' },
      schema: {
        operationId: 'getMeta',
        tags: ['meta'],
        summary: 'Contract version, adapter and capabilities',
        description: 'Read this first: a client can tell from the capability manifest which routes will answer 501.',
        response: { 200: Meta, ...problemResponses(401, 403, 429, 502) },
      },
    },
    async () => ({
      contractVersion: CONTRACT_VERSION,
      adapter: { ...app.adapter.identity },
      capabilities: [...app.adapter.capabilities],
      limits: { maxBatchRecords: MAX_BATCH_RECORDS, maxPageSize: MAX_PAGE_SIZE },
    }),
  );
};

export default metaRoutes;
