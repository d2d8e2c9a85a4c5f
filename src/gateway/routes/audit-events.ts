import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PlumblineError } from '../../adapter/errors.js';
import { AuditEvent, AuditQuery, pageOf } from '../../contract/index.js';
import { problemResponses } from '../route-helpers.js';

const AuditEventPage = pageOf(AuditEvent, 'AuditEventPage');

/**
 * `GET /v1/audit-events`: the audit trail for auditors, oldest first. Kept by the gateway, not
 * the adapter, so it is the same whichever supplier is behind it.
 */
const auditEventRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/audit-events',
    {
      config: { operation: 'listAuditEvents' },
      schema: {
        operationId: 'listAuditEvents',
        tags: ['audit'],
        summary: 'Read the audit trail',
        description: [
          'Every collection, alteration, consultation, disclosure, combination and erasure of personal data, oldest first; every filter given must match.',
          'Reading the trail is itself recorded. `plumbline audit verify` checks the hash chain of the whole file.',
          'The trail is kept by the gateway, not the adapter: it belongs to no capability and never answers 501; a server that keeps no trail readable here answers 404.',
        ].join(' '),
        querystring: AuditQuery,
        response: { 200: AuditEventPage, ...problemResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request) => {
      if (!app.auditTrail) throw new PlumblineError('not-found', 'This gateway runs without authentication and keeps no audit trail.');
      return app.auditTrail.read(request.query);
    },
  );
};

export default auditEventRoutes;
