/**
 * The simulated ontology platform: a Fastify server that keeps state in the reference engine and
 * shows it through the platform's own resource model. Around the routes: OAuth2 tokens, a rate
 * limit, and fault injection switchable per test.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { ReferenceAdapter } from '../../reference/index.js';
import { FaultInjector, RateLimit, type ThrottleSettings } from '../../../src/connectors/simulator/index.js';
import { SimulatorLedger } from './ledger.js';
import { ontologyRoutes } from './routes.js';
import { SupplierError } from './supplier-errors.js';
import { TokenService, type SimulatorClient } from './token-service.js';

/** How the simulator behaves. */
export interface FoundrySimulatorOptions {
  /** The engine holding the platform's state. */
  readonly engine: ReferenceAdapter;
  /** The ontology's API name (default `plumbline`). */
  readonly ontology?: string;
  /** Client applications allowed to get tokens (default one: `plumbline-gateway` / `simulator-secret`). */
  readonly clients?: readonly SimulatorClient[];
  /** Token lifetime in seconds (default 3600). */
  readonly tokenTtlSeconds?: number;
  /** Answer some pages with fewer objects than asked (default true). */
  readonly varyPageSizes?: boolean;
  /** A rate limit; none by default. */
  readonly throttle?: ThrottleSettings;
  /** Edits itemised in an action's answer before it reports `largeScaleEdits` (default 100). */
  readonly itemiseEditsUpTo?: number;
  /** Answer refusals of `apply` with 200 and an `INVALID` validation instead of 400 (default false). */
  readonly refusalsInBody?: boolean;
}

/** The running parts tests reach into. */
export interface FoundrySimulator {
  readonly app: FastifyInstance;
  readonly faults: FaultInjector;
  readonly tokens: TokenService;
  readonly ledger: SimulatorLedger;
  /** Replaces (or, with `undefined`, removes) the rate limit. */
  setThrottle(settings: ThrottleSettings | undefined): void;
}

export const defaultSimulatorClient: SimulatorClient = { clientId: 'plumbline-gateway', clientSecret: 'simulator-secret' };

const faultBodies: Record<number, { errorCode: string; errorName: string }> = {
  429: { errorCode: 'TOO_MANY_REQUESTS', errorName: 'RateLimitExceeded' },
  500: { errorCode: 'INTERNAL', errorName: 'Default' },
  502: { errorCode: 'INTERNAL', errorName: 'BadGateway' },
  503: { errorCode: 'SERVICE_UNAVAILABLE', errorName: 'ServiceUnavailable' },
};

/** The platform's error body for an injected or throttled status. */
const errorBodyOf = (status: number) => ({ ...(faultBodies[status] ?? { errorCode: 'INTERNAL', errorName: 'Default' }), parameters: {} });

/** Builds the simulator (not yet listening). */
export async function buildFoundrySimulator(options: FoundrySimulatorOptions): Promise<FoundrySimulator> {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024, routerOptions: { maxParamLength: 1000 } });
  const faults = new FaultInjector();
  const tokens = new TokenService(options.clients ?? [defaultSimulatorClient], options.tokenTtlSeconds ?? 3600);
  const ledger = new SimulatorLedger();
  const rateLimit = new RateLimit(options.throttle);

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) =>
    done(null, new URLSearchParams(body as string)),
  );
  app.addContentTypeParser(['application/octet-stream', 'application/x-ndjson'], { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error, _request, reply) => {
    const failure = error instanceof SupplierError ? error : new SupplierError(500, 'INTERNAL', 'Default');
    return reply.code(failure.status).send(failure.body());
  });

  // Faults first, then the rate limit (one bucket for all callers), then the token check.
  faults.hookRequests(app, errorBodyOf);
  faults.hookAnswers(app, errorBodyOf);
  rateLimit.install(app, errorBodyOf);
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/api/')) tokens.check(request.headers.authorization);
  });

  app.post('/multipass/api/oauth2/token', async (request, reply) => {
    const form = request.body instanceof URLSearchParams ? request.body : new URLSearchParams();
    const answer = tokens.grant(form);
    return reply.code(answer.status).send(answer.body);
  });

  await app.register(ontologyRoutes, {
    engine: options.engine,
    ledger,
    ontology: options.ontology ?? 'plumbline',
    paging: { varyPageSizes: options.varyPageSizes ?? true },
    itemiseEditsUpTo: options.itemiseEditsUpTo ?? 100,
    refusalsInBody: options.refusalsInBody ?? false,
  });

  return {
    app,
    faults,
    tokens,
    ledger,
    setThrottle: (settings) => rateLimit.set(settings),
  };
}
