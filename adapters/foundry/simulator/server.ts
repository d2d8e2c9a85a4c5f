/**
 * The simulated ontology platform: a Fastify server that keeps state in the reference engine and
 * shows it through the platform's own resource model. Around the routes: OAuth2 tokens, a rate
 * limit, and fault injection switchable per test.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ReferenceAdapter } from '../../reference/index.js';
import { FaultInjector, spoil, type Fault } from './faults.js';
import { SimulatorLedger } from './ledger.js';
import { ontologyRoutes } from './routes.js';
import { SupplierError } from './supplier-errors.js';
import { Throttle, type ThrottleSettings } from './throttle.js';
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

declare module 'fastify' {
  interface FastifyRequest {
    injectedFault?: Fault;
  }
}

/** Builds the simulator (not yet listening). */
export async function buildFoundrySimulator(options: FoundrySimulatorOptions): Promise<FoundrySimulator> {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024, routerOptions: { maxParamLength: 1000 } });
  const faults = new FaultInjector();
  const tokens = new TokenService(options.clients ?? [defaultSimulatorClient], options.tokenTtlSeconds ?? 3600);
  const ledger = new SimulatorLedger();
  let throttle = options.throttle ? new Throttle(options.throttle) : undefined;

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => done(null, new URLSearchParams(body as string)));
  app.addContentTypeParser(['application/octet-stream', 'application/x-ndjson'], { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error, _request, reply) => {
    const failure = error instanceof SupplierError ? error : new SupplierError(500, 'INTERNAL', 'Default');
    return reply.code(failure.status).send(failure.body());
  });

  app.addHook('onRequest', async (request, reply) => {
    request.injectedFault = faults.take(request.method, request.url);
    const fault = request.injectedFault;
    if (fault?.kind === 'status') {
      if (fault.retryAfterSeconds !== undefined) reply.header('retry-after', String(fault.retryAfterSeconds));
      return reply.code(fault.status).send({ ...faultBodies[fault.status], parameters: {} });
    }
    if (fault?.kind === 'drop' && fault.when === 'before') {
      reply.hijack();
      request.raw.socket.destroy();
      return;
    }
    if (fault?.kind === 'slow' && fault.when === 'before') await sleep(fault.delayMs);
    const admitted = throttle?.admit();
    if (admitted && !admitted.admitted) {
      return reply.code(throttle!.settings.status ?? 429).header('retry-after', String(admitted.retryAfterSeconds)).send({ ...faultBodies[429], parameters: {} });
    }
    if (request.url.startsWith('/api/')) tokens.check(request.headers.authorization);
  });

  app.addHook('onSend', async (request, _reply, payload) => {
    const fault = request.injectedFault;
    if (!fault) return payload;
    if (fault.kind === 'slow' && fault.when === 'after') await sleep(fault.delayMs);
    if (fault.kind === 'drop' && fault.when === 'after') request.raw.socket.destroy();
    if (fault.kind === 'malformed' && typeof payload === 'string') return spoil(payload, fault.variant);
    return payload;
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
    setThrottle: (settings) => {
      throttle = settings ? new Throttle(settings) : undefined;
    },
  };
}
