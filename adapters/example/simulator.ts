/**
 * The registry simulator: a tiny supplier API for the example connector, built on the simulator
 * kit. Registers (the supplier's word for source systems) are kept in memory; lists are paged by
 * an opaque keyset token (the last key served), so registers added while a client pages never
 * shift what it has not read yet. Callers authenticate with `X-Registry-Key`.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { FaultInjector, RateLimit, type ThrottleSettings } from '../../src/connectors/simulator/index.js';

/** A register as the supplier stores and answers it. */
export interface Register {
  key: string;
  category: string;
  title: string;
  owner: string;
  legal_basis: string;
  purpose: string;
  keep_for: string;
  extra?: Record<string, unknown>;
  created: string;
  modified: string;
}

export interface RegistrySimulator {
  readonly url: string;
  readonly apiKey: string;
  readonly faults: FaultInjector;
  close(): Promise<void>;
}

/** The most registers the supplier answers in one page. */
export const REGISTRY_MAX_PAGE = 100;

const errorBody = (status: number) => ({ code: status === 429 ? 'SLOW_DOWN' : status === 404 ? 'NOT_FOUND' : 'UNAVAILABLE' });

export async function startRegistrySimulator(options: { apiKey?: string; throttle?: ThrottleSettings } = {}): Promise<RegistrySimulator> {
  const apiKey = options.apiKey ?? 'registry-key';
  const registers = new Map<string, Register>();
  const faults = new FaultInjector();
  const app: FastifyInstance = Fastify({ logger: false, forceCloseConnections: true, routerOptions: { maxParamLength: 1000 } });

  faults.hookRequests(app, errorBody);
  app.addHook('onRequest', async (request, reply) => {
    if (request.headers['x-registry-key'] !== apiKey) return reply.code(401).send({ code: 'UNAUTHORIZED' });
  });
  new RateLimit(options.throttle).install(app, errorBody);

  app.get<{ Querystring: { page_size?: string; page_token?: string } }>('/api/registers', async (request, reply) => {
    const size = Number(request.query.page_size ?? REGISTRY_MAX_PAGE);
    if (!Number.isInteger(size) || size < 1 || size > REGISTRY_MAX_PAGE) return reply.code(400).send({ code: 'BAD_PAGE_SIZE' });
    let after = '';
    if (request.query.page_token !== undefined) {
      after = Buffer.from(request.query.page_token, 'base64url').toString('utf8');
      if (!after || Buffer.from(after).toString('base64url') !== request.query.page_token) return reply.code(400).send({ code: 'BAD_TOKEN' });
    }
    const keys = [...registers.keys()].filter((key) => key > after).sort();
    const page = keys.slice(0, size);
    const next = keys.length > size ? Buffer.from(page.at(-1)!).toString('base64url') : null;
    return { registers: page.map((key) => registers.get(key)), next };
  });

  app.get<{ Params: { key: string } }>(
    '/api/registers/:key',
    async (request, reply) => registers.get(request.params.key) ?? reply.code(404).send(errorBody(404)),
  );

  app.put<{ Params: { key: string }; Body: Omit<Register, 'key' | 'created' | 'modified'> }>('/api/registers/:key', async (request, reply) => {
    const previous = registers.get(request.params.key);
    const now = new Date().toISOString();
    const register: Register = { ...request.body, key: request.params.key, created: previous?.created ?? now, modified: now };
    registers.set(register.key, register);
    return reply.code(previous ? 200 : 201).send(register);
  });

  faults.hookAnswers(app, errorBody);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, apiKey, faults, close: () => app.close() };
}
