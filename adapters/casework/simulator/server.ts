/**
 * The simulated casework platform as a Fastify app: fault injection first (so that a fault can
 * strike before anything else), then the API key, the rate limit and idempotency keys, then the
 * resources; answers are spoiled by faults last, after idempotency has kept the real one.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { ReferenceAdapter } from '../../reference/index.js';
import { CaseworkHttpError, toCaseworkError } from './casework-errors.js';
import { RateLimit, type FaultInjector } from '../../../src/connectors/simulator/index.js';
import { installIdempotency } from './idempotency.js';
import { JobService, type JobServiceOptions } from './job-service.js';
import { systemRoutes } from './routes/systems.js';
import { personRoutes } from './routes/persons.js';
import { flagRoutes } from './routes/flags.js';
import { jobRoutes } from './routes/jobs.js';
import { matchRuleRoutes } from './routes/match-rules.js';

/** Uploads of a whole ingest batch or an archive. */
const UPLOAD_LIMIT_BYTES = 512 * 1024 * 1024;

export interface CaseworkAppOptions {
  readonly engine: ReferenceAdapter;
  readonly apiKey: string;
  readonly faults: FaultInjector;
  /** Requests per second per API key before 429s; 0 for no limit. */
  readonly requestsPerSecond: number;
  readonly jobs: JobServiceOptions;
}

export async function buildCaseworkApp(options: CaseworkAppOptions): Promise<FastifyInstance> {
  // Contract ids may be 200 characters; the default 100-character parameter limit would refuse them.
  const app = Fastify({ logger: false, bodyLimit: UPLOAD_LIMIT_BYTES, forceCloseConnections: true, routerOptions: { maxParamLength: 1000 } });
  // Writes such as closing a job carry no body; the platform does not insist on one.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, body === '' ? undefined : JSON.parse(body as string));
    } catch {
      done(new CaseworkHttpError(400, 'INVALID_REQUEST', 'The body is not valid JSON.'), undefined);
    }
  });
  for (const contentType of ['application/x-ndjson', 'text/csv']) {
    app.addContentTypeParser(contentType, { parseAs: 'string' }, (_request, body, done) => done(null, body));
  }
  app.setErrorHandler((error, _request, reply) => {
    const caseworkError = toCaseworkError(isFastifyClientError(error) ? new CaseworkHttpError(400, 'INVALID_REQUEST', error.message) : error);
    return reply.code(caseworkError.status).send(caseworkError.body());
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(new CaseworkHttpError(404, 'NOT_FOUND', `No route ${request.method} ${request.url}.`).body()),
  );

  options.faults.hookRequests(app, faultBody);
  app.addHook('onRequest', async (request, reply) => {
    if (request.headers['x-api-key'] !== options.apiKey) {
      return reply.code(401).send(new CaseworkHttpError(401, 'UNAUTHORIZED', 'A valid X-Api-Key header is required.').body());
    }
  });
  // A bucket per API key, refilled at the documented rate; a second's worth may come at once.
  const perSecond = options.requestsPerSecond;
  new RateLimit(perSecond > 0 ? { requestsPerSecond: perSecond, burst: perSecond } : undefined).install(app, faultBody, (request) =>
    String(request.headers['x-api-key'] ?? ''),
  );
  installIdempotency(app);

  app.get('/api/v3/status', async () => ({ status: 'ok', api_version: '3.2.0' }));
  systemRoutes(app, options.engine);
  personRoutes(app, options.engine);
  flagRoutes(app, options.engine);
  matchRuleRoutes(app, options.engine);
  jobRoutes(app, new JobService(options.engine, options.jobs));

  options.faults.hookAnswers(app, faultBody);
  await app.ready();
  return app;
}

/** Casework's error body for an injected or throttled status. */
function faultBody(status: number) {
  const code = status === 429 ? 'RATE_LIMITED' : status === 503 ? 'MAINTENANCE' : 'INTERNAL_ERROR';
  return { error: { code, message: status === 429 ? 'Too many requests.' : `Injected fault: ${status}.` } };
}

/** Fastify's own 4xx errors (a body that does not parse, a body too large). */
function isFastifyClientError(error: unknown): error is Error & { statusCode: number } {
  const status = (error as { statusCode?: unknown }).statusCode;
  return error instanceof Error && typeof status === 'number' && status >= 400 && status < 500;
}
