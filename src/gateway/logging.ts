/**
 * Application logs without personal data. Request URLs carry subject and record ids and search
 * terms, headers carry tokens and justifications, and error messages can quote what an adapter
 * held, so the serializers log the route pattern instead of the URL, no headers, and errors by
 * type, code and stack frames only. Who did what to whose data belongs in the audit trail.
 */
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, FastifyServerOptions } from 'fastify';
import { pino } from 'pino';

const serializers = {
  req: (request: FastifyRequest) => ({ method: request.method, route: request.routeOptions?.url ?? 'unmatched' }),
  res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
  err: (error: Error & { code?: unknown; kind?: unknown; statusCode?: unknown }) => ({
    type: error.name,
    code: error.code,
    kind: error.kind,
    statusCode: error.statusCode,
    // The first line of a stack repeats the message; the frames alone say where it failed.
    stack: error.stack
      ?.split('\n')
      .filter((line) => line.trimStart().startsWith('at '))
      .join('\n'),
  }),
};

/** The Fastify `logger` option with the privacy-preserving serializers forced in. */
export function privateLoggerOptions(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const base = typeof logger === 'object' ? (logger as Record<string, unknown>) : {};
  // Fastify types serializers against raw requests; at run time it passes its own request objects.
  return { ...base, serializers } as unknown as FastifyServerOptions['logger'];
}

/**
 * One log line per request, once it is answered: method, route pattern, status and time (Fastify's
 * own logging writes two lines a request, the first before anything is known). The route pattern,
 * never the URL: URLs carry ids and search terms.
 */
export function logRequests(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions?.url ?? 'unmatched';
    const milliseconds = Math.round(reply.elapsedTime * 10) / 10;
    request.log.info({ req: request, res: reply, responseTime: milliseconds }, `${request.method} ${route} ${reply.statusCode} ${milliseconds} ms`);
  });
}

/**
 * The logger of `plumbline serve`, shared by the gateway and the adapter (one stream, one format):
 * readable lines (pino-pretty) when stdout is a terminal a person reads, one JSON object a line
 * otherwise, for log collectors. The same privacy-preserving serializers as every gateway.
 */
export function createServeLogger(level: string, terminal: boolean): FastifyBaseLogger {
  return pino({
    level,
    serializers,
    // Tokens and justifications never reach the logs, whatever a serializer is given.
    redact: ['req.headers.authorization', 'req.headers["plumbline-justification"]'],
    ...(terminal
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,req,res,responseTime,reqId,adapter,kind,status,seconds', singleLine: true },
          },
        }
      : {}),
  });
}

/**
 * Warns that a gateway serves without authentication: in its log when built, and once per process
 * on stderr when it starts listening (a gateway only injected into, as tests and the contract
 * document do, is exposed to nobody). Quiet under tests.
 */
let warned = false;
export function warnUnauthenticated(app: FastifyInstance): void {
  const message =
    'Plumbline gateway WITHOUT authentication: every request is served as "anonymous", no roles are checked and nothing is audited. Never expose it.';
  app.log.warn(message);
  app.addHook('onListen', async () => {
    if (!warned && process.env.NODE_ENV !== 'test') process.emitWarning(message, { code: 'PLUMBLINE_UNAUTHENTICATED' });
    warned = true;
  });
}
