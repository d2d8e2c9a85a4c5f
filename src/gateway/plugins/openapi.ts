/**
 * Publishes the contract: the OpenAPI 3.1 document generated from the zod schemas at
 * `/openapi.json`, and a browsable docs page at `/docs`. `npm run openapi` writes the same
 * document to `openapi/plumbline.v1.json`; a test checks the two never drift.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { OpenAPIV3_1 } from 'openapi-types';
import { CONTRACT_VERSION } from '../../contract/meta.js';
import { tidyOpenapiDocument } from '../openapi-tidy.js';
import { describeAccess } from '../openapi-access.js';

export const tags = [
  { name: 'meta', description: 'Contract version, adapter identity and capabilities.' },
  { name: 'sources', description: 'Source systems and their registrations.' },
  { name: 'records', description: 'Ingest, read and erase records.' },
  { name: 'runs', description: 'Asynchronous work: consolidation, flagging and import runs.' },
  { name: 'subjects', description: 'Consolidated people and the links that explain them.' },
  { name: 'overrides', description: 'Human must-link and cannot-link decisions.' },
  { name: 'flagging', description: 'Detectors and the flags they raise for human review.' },
  { name: 'portability', description: 'Complete export and import, for switching supplier.' },
  { name: 'audit', description: 'The audit trail of every processing of personal data.' },
  { name: 'fairness', description: 'Whether flags fall unevenly on groups: equality data in, aggregates out, nothing kept.' },
  { name: 'health', description: 'Liveness and readiness.' },
];

async function openapiPlugin(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Plumbline API',
        version: CONTRACT_VERSION,
        summary: 'One vendor-neutral API for workforce professional-standards analytics.',
        description: [
          'Consolidates data a police force lawfully holds about its own workforce and flags patterns for human review.',
          'Flags are prompts for review, never decisions. Every supplier’s adapter speaks this same contract and passes the same conformance suite.',
          'Errors are RFC 9457 problem details with a stable `type`. Lists use opaque cursors. Long work runs asynchronously: poll the run.',
        ].join('\n\n'),
        license: { name: 'MIT', identifier: 'MIT' },
        contact: { name: 'Plumbline maintainers' },
      },
      servers: [{ url: 'http://127.0.0.1:8080', description: 'Local gateway (npm start)' }],
      tags,
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description: [
              'A JWT signed by the configured identity provider, with `iss`, `aud`, `exp` and `sub` (the actor recorded in the audit trail),',
              'and a `roles` claim holding any of ingest, analyst, reviewer, auditor, admin. Each operation lists the roles it allows (`x-plumbline-roles`).',
              'Operations that read or change personal data also need a `Plumbline-Justification` header (`x-plumbline-justification`).',
            ].join(' '),
          },
        },
      },
      security: [{ bearerAuth: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (documentObject) => describeAccess(tidyOpenapiDocument(jsonSchemaTransformObject(documentObject) as OpenAPIV3_1.Document)) as never,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });

  app.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) => reply.type('application/json').send(openapiDocument(app)));
}

/** The document the gateway serves, typed. */
export function openapiDocument(app: FastifyInstance): OpenAPIV3_1.Document {
  return app.swagger() as OpenAPIV3_1.Document;
}

export default fp(openapiPlugin, { name: 'plumbline-openapi' });
