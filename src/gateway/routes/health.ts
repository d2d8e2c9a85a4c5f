import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PlumblineError } from '../../adapter/errors.js';
import { problemResponses } from '../route-helpers.js';

const Health = z
  .object({ status: z.enum(['ok']) })
  .meta({ id: 'Health', description: 'The gateway (liveness) or the gateway and its adapter (readiness) can serve.', examples: [{ status: 'ok' }] });

/**
 * `/healthz` says the process is alive; `/readyz` that the adapter can serve too, and that the
 * audit trail verified at start-up, can take entries (its database answers) and its witness is being written.
 */
const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/healthz', { schema: { operationId: 'getLiveness', security: [], tags: ['health'], summary: 'Liveness', response: { 200: Health } } }, async () => ({
    status: 'ok' as const,
  }));

  app.get(
    '/readyz',
    { schema: { operationId: 'getReadiness', security: [], tags: ['health'], summary: 'Readiness', response: { 200: Health, ...problemResponses(503) } } },
    async () => {
      const trail = app.auditTrail;
      if (trail?.startupProblems.length) {
        const [first] = trail.startupProblems;
        throw new PlumblineError(
          'upstream-unavailable',
          `The audit trail failed verification at start-up (${trail.startupProblems.length} problem(s), first: ${first.kind} at entry ${first.sequence}); the gateway serves only because PLUMBLINE_AUDIT_ACCEPT_BROKEN is set. Run \`plumbline audit verify\`.`,
        );
      }
      if (trail?.witness?.failure) {
        throw new PlumblineError(
          'upstream-unavailable',
          `The audit trail's witness ${trail.witness.path} cannot be written: ${trail.witness.failure.message}.`,
        );
      }
      if (trail) {
        try {
          await trail.checkReady();
        } catch (error) {
          // Where the database is and why it failed go to the log: this answer is unauthenticated.
          app.log.warn({ err: error }, 'readiness: the audit trail cannot take entries');
          throw new PlumblineError(
            'upstream-unavailable',
            'The audit trail cannot take entries (its database does not answer, or this replica lost its lease); nothing can be served that must be audited.',
          );
        }
      }
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
