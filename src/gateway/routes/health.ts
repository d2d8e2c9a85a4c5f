import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PlumblineError } from '../../adapter/errors.js';
import { problemResponses } from '../route-helpers.js';

const Health = z
  .object({ status: z.enum(['ok']) })
  .meta({ id: 'Health', description: 'The gateway (liveness) or the gateway and its adapter (readiness) can serve.', examples: [{ status: 'ok' }] });

/** `/healthz` says the process is alive; `/readyz` that the adapter can serve too. */
const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    { schema: { operationId: 'getLiveness', security: [], tags: ['health'], summary: 'Liveness', response: { 200: Health } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    { schema: { operationId: 'getReadiness', security: [], tags: ['health'], summary: 'Readiness', response: { 200: Health, ...problemResponses(503) } } },
    async () => {
      try {
        await app.adapter.checkReady();
      } catch (error) {
        if (error instanceof PlumblineError && error.status === 503) throw error;
        throw new PlumblineError('upstream-unavailable', `The "${app.adapter.identity.id}" adapter is not ready.`, {
          adapter: app.adapter.identity.id,
          cause: error,
        });
      }
      return { status: 'ok' as const };
    },
  );
};

export default healthRoutes;
