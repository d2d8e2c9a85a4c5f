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
import { z } from 'zod';
import { CONTRACT_VERSION } from '../../contract/meta.js';
import { tidyOpenapiDocument } from '../openapi-tidy.js';
import { describeAccess } from '../openapi-access.js';
import { exampleProblems } from '../openapi-problem-examples.js';
import { completeResponses } from '../openapi-responses.js';

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
  { name: 'parallel-run', description: 'A candidate supplier fed and compared in the background before a switch; clients only ever see the primary.' },
  { name: 'health', description: 'Liveness and readiness.' },
];

/** A plumb line and bob over the name, for the docs page's top bar. */
const PLUMBLINE_LOGO = Buffer.from(
  [
    '<svg xmlns="http://www.w3.org/2000/svg" width="190" height="40" viewBox="0 0 190 40">',
    '<line x1="14" y1="2" x2="14" y2="24" stroke="#fff" stroke-width="2"/>',
    '<path d="M6 24 h16 l-8 14 z" fill="#f2b134"/>',
    '<text x="32" y="28" font-family="sans-serif" font-size="22" font-weight="bold" fill="#fff">Plumbline API</text>',
    '</svg>',
  ].join(''),
);

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
          [
            '**Trying it on this page.**',
            '1. Get a token. On a development gateway (`npm start`), run `npx plumbline token --role analyst --role reviewer --sub you` in the directory the gateway was started from (its start-up lines print the exact command) and copy what it prints; on a force’s gateway, your identity provider issues tokens.',
            '2. Press **Authorize**, paste the token (without `Bearer`), press **Authorize** and **Close**.',
            '3. Open an operation such as `GET /v1/flags`, press **Try it out**, and fill in `Plumbline-Justification`: the purpose or case reference for reading personal data, recorded in the audit trail.',
            '4. Press **Execute**.',
          ].join('\n'),
        ].join('\n\n'),
        license: { name: 'MIT', identifier: 'MIT' },
        contact: { name: 'Plumbline maintainers' },
      },
      // Relative: the document is served by the gateway it describes, so "Try it out" on its docs
      // page calls that gateway, whatever its host and port.
      servers: [{ url: '/', description: 'The gateway serving this document' }],
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
              'Operations that read or change personal data also take a `Plumbline-Justification` header parameter (required where `x-plumbline-justification` is `required`).',
            ].join(' '),
          },
        },
      },
      security: [{ bearerAuth: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (documentObject) =>
      exampleProblems(completeResponses(describeAccess(tidyOpenapiDocument(jsonSchemaTransformObject(documentObject) as OpenAPIV3_1.Document)))) as never,
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    // Authorize once and the token is kept across reloads of the page (in this browser only).
    uiConfig: { docExpansion: 'list', deepLinking: true, persistAuthorization: true, displayRequestDuration: true },
    theme: { title: 'Plumbline API — docs' },
    logo: { type: 'image/svg+xml', content: PLUMBLINE_LOGO, href: '/docs', target: '_self' },
  });

  app.get(
    '/openapi.json',
    {
      schema: {
        operationId: 'getOpenapiDocument',
        security: [],
        tags: ['meta'],
        summary: 'This document',
        description: 'Public, like health. It belongs to no capability: a target may publish its document here (META-005) or answer 404, never 501.',
        response: { 200: z.looseObject({ openapi: z.string() }).describe('The OpenAPI 3.1 document the target serves.') },
      },
    },
    async () => openapiDocument(app),
  );
}

/** The document the gateway serves, typed. */
export function openapiDocument(app: FastifyInstance): OpenAPIV3_1.Document {
  return app.swagger() as OpenAPIV3_1.Document;
}

export default fp(openapiPlugin, { name: 'plumbline-openapi' });
