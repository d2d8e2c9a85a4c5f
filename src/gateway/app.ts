/**
 * Builds the gateway: external plugins, then app plugins, then routes (Fastify's own layout).
 * Tests call `buildGateway` with any adapter and use `inject`; `plumbline serve` adds `listen`.
 *
 * The route policy comes first so that it sees every route (deny by default at build time).
 * Order matters for the request hooks: hardening (headers, CORS preflight) answers first, then
 * access control (401, rate limit 429, 403, justification 400), then the adapter's capability
 * check (501); the audit entry is written last, once the answer is final.
 */
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import { openAuditStore, type AuditStore } from './audit/audit-store.js';
import { defaultReplicaId } from './audit/postgres-audit-trail.js';
import { SharedCallerBudget } from './security/shared-caller-budget.js';
import { logRequests, privateLoggerOptions, warnUnauthenticated } from './logging.js';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, isProduction, type GatewaySecurity } from './security/gateway-security.js';
import accessControl from './plugins/access-control.js';
import adapterPlugin from './plugins/adapter.js';
import auditPlugin from './plugins/audit.js';
import hardening from './plugins/hardening.js';
import routePolicy from './plugins/route-policy.js';
import openapiPlugin from './plugins/openapi.js';
import problemHandler from './plugins/problem-handler.js';
import { clientErrorHandler, frameworkErrors } from './router-errors.js';
import { DEFAULT_CONNECTION_LIMITS, requestTimeoutOptions, type ConnectionLimits } from './connection-limits.js';
import healthRoutes from './routes/health.js';
import metaRoutes from './routes/meta.js';
import sourceRoutes from './routes/sources.js';
import recordRoutes from './routes/records.js';
import runRoutes from './routes/runs.js';
import subjectRoutes from './routes/subjects.js';
import linkCandidateRoutes from './routes/link-candidates.js';
import linkOverrideRoutes from './routes/link-overrides.js';
import flaggingRoutes from './routes/flagging.js';
import exportRoutes from './routes/export.js';
import auditEventRoutes from './routes/audit-events.js';
import fairnessRoutes from './routes/fairness.js';
import parallelRunRoutes from './routes/parallel-run.js';
import parallelRunPlugin from '../parallel-run/parallel-run-plugin.js';
import { servedAdapter } from '../parallel-run/served-adapter.js';
import type { ParallelRun } from '../parallel-run/parallel-run.js';

/**
 * Bodies above 64 KiB are refused with 413 before they are parsed; ingest and fairness audits allow
 * more on their own routes, import streams. Every other body is a few hundred bytes, and parsing a
 * megabyte of tiny JSON objects (`[{},{},…]`) alone blocked the event loop for a tenth of a second.
 */
export const BODY_LIMIT_BYTES = 64 * 1024;

export interface GatewayOptions {
  /** The adapter to serve. */
  adapter: PlumblineAdapterV1;
  /**
   * Fastify logger settings; off by default (tests), on in `plumbline serve`. Whatever is given,
   * the gateway's own serializers keep personal data out of the log.
   */
  logger?: FastifyServerOptions['logger'];
  /** Or a logger already made (`plumbline serve` shares one with the adapter); wins over `logger`. */
  loggerInstance?: FastifyBaseLogger;
  /**
   * Authentication, roles, justification, the audit trail, rate limits and CORS. When omitted,
   * authentication is OFF: every request is served as `anonymous`, no role is checked, no
   * justification is required and nothing is audited. That is for in-process tests and
   * benchmarks only: it is refused when NODE_ENV=production, warns when built, and
   * `plumbline serve` always sets it.
   */
  security?: GatewaySecurity;
  /**
   * The audit trail, already opened from `security.audit` (`plumbline serve` opens and verifies it
   * before touching any data); opened here when omitted. The gateway closes it.
   */
  auditTrail?: AuditStore;
  /** Request timeout and connection cap; `DEFAULT_CONNECTION_LIMITS` when omitted. */
  limits?: ConnectionLimits;
  /**
   * A candidate supplier run beside the adapter (docs/parallel-run.md), built over `auditTrail`:
   * it needs the trail, so `security` too. The adapter alone answers clients.
   */
  parallelRun?: ParallelRun;
}

export async function buildGateway(options: GatewayOptions): Promise<FastifyInstance> {
  const { security } = options;
  const limits = options.limits ?? DEFAULT_CONNECTION_LIMITS;
  if (!security && isProduction()) throw new Error('NODE_ENV=production: the gateway refuses to run without authentication; pass `security`.');
  const { parallelRun } = options;
  if (parallelRun && (!security || parallelRun.options.trail !== options.auditTrail)) {
    throw new Error('A parallel run records every disclosure to its candidate: pass `security` and the `auditTrail` it was built over.');
  }
  const adapter = servedAdapter(options.adapter, parallelRun !== undefined);
  const app = Fastify({
    ...(options.loggerInstance ? { loggerInstance: options.loggerInstance } : { logger: privateLoggerOptions(options.logger ?? false) }),
    bodyLimit: BODY_LIMIT_BYTES,
    // Long ids must reach validation and get a 400 problem naming the parameter; past 1,000 characters, a 414 problem.
    routerOptions: { maxParamLength: 1000 },
    // One line a request, written by `logRequests` once the answer is known.
    logController: new LogController({ disableRequestLogging: true }),
    frameworkErrors,
    clientErrorHandler,
    ...requestTimeoutOptions(limits),
  }).withTypeProvider<ZodTypeProvider>();
  app.server.maxConnections = limits.maxConnections;
  // The contract takes JSON (and NDJSON for imports): a text/plain body gets a 415 saying so,
  // instead of being parsed as a string and failing validation with "expected object".
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  if (!security) warnUnauthenticated(app);
  logRequests(app);

  await app.register(routePolicy);
  await app.register(openapiPlugin);
  await app.register(hardening, { corsOrigins: security?.corsOrigins });
  const rateLimitPerMinute = security ? (security.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE) : false;
  // Replicas on one PostgreSQL share each caller's budget; a lone gateway counts in memory.
  const budget =
    rateLimitPerMinute && security?.audit.databaseUrl
      ? await SharedCallerBudget.connect(security.audit.databaseUrl, { replicaId: security.audit.replicaId ?? defaultReplicaId(), limit: rateLimitPerMinute })
      : undefined;
  if (budget) app.addHook('onClose', () => budget.close());
  await app.register(accessControl, { authentication: security?.authentication, rateLimitPerMinute, budget });
  await app.register(adapterPlugin, { adapter });
  // Before the audit plugin: its outbox entry is handed to the audit outcome's commit.
  await app.register(parallelRunPlugin, { parallelRun });
  await app.register(auditPlugin, { trail: security && (options.auditTrail ?? (await openAuditStore(security.audit))) });
  await app.register(problemHandler);

  await app.register(healthRoutes);
  await app.register(metaRoutes);
  await app.register(sourceRoutes);
  await app.register(recordRoutes);
  await app.register(runRoutes);
  await app.register(subjectRoutes);
  await app.register(linkOverrideRoutes);
  await app.register(linkCandidateRoutes);
  await app.register(flaggingRoutes);
  await app.register(exportRoutes);
  await app.register(auditEventRoutes);
  await app.register(fairnessRoutes);
  await app.register(parallelRunRoutes);

  app.addHook('onClose', async () => options.adapter.close());
  await app.ready();
  return app;
}
