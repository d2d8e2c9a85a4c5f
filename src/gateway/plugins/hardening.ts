/**
 * Hardening around the routes: security headers on every answer and CORS closed unless origins
 * are configured. The headers are the few an API needs (OWASP REST guidance), set here rather
 * than through a general-purpose web-page plugin; CORS uses Fastify's own plugin, which gets
 * preflights and `Vary` right. (The per-caller rate limit is in access control, which knows the
 * caller.)
 */
import fp from 'fastify-plugin';
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import { JUSTIFICATION_HEADER } from '../../contract/index.js';

export interface HardeningOptions {
  /** Browser origins allowed to call the API; none (CORS closed) by default. */
  readonly corsOrigins?: readonly string[];
}

/** Answers carry personal data: never cached, never framed, never sniffed, never sent as a referrer. */
export const apiHeaders = {
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};
/** The docs page runs scripts and can be cached, so it gets everything but those two. */
const { 'cache-control': _cache, 'content-security-policy': _csp, ...docsHeaders } = apiHeaders;

async function hardening(app: FastifyInstance, options: HardeningOptions) {
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.url.startsWith('/docs') ? docsHeaders : apiHeaders);
    done();
  });

  if (options.corsOrigins?.length) {
    // Its hook answers preflights before access control (they carry no token); its catch-all
    // OPTIONS route is public in the operations table.
    await app.register(cors, {
      origin: [...options.corsOrigins],
      methods: ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', JUSTIFICATION_HEADER],
      exposedHeaders: ['location', 'retry-after'],
      credentials: false,
      maxAge: 600,
    });
  }
}

export default fp(hardening, { name: 'plumbline-hardening' });
