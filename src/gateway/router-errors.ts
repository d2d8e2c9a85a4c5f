/**
 * Errors raised before a request reaches a route, answered like every other error: a problem
 * (`application/problem+json`) with the API's security headers. Fastify and Node answer these
 * themselves otherwise, with a body of their own and no headers, and a header overflow destroys
 * the socket while the client may still be sending, which the client sees as a connection reset.
 *
 * - `frameworkErrors`: a path that is not valid %-encoding (400) or a segment longer than the
 *   router's limit (414), seen by Fastify's router.
 * - `clientErrorHandler`: what Node's HTTP parser refuses, headers over its limit (431) above all.
 */
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import type { ProblemKind } from '../contract/index.js';
import { apiHeaders } from './plugins/hardening.js';
import { problem, PROBLEM_CONTENT_TYPE } from './problem-details.js';

/** How long a refused connection is kept open to drain what the client is still sending. */
const DRAIN_MS = 2_000;
/** The most of a refused body that is read and thrown away before the connection is closed anyway. */
const DRAIN_BYTES = 64 * 1024 * 1024;

/**
 * Lets the answer to a request whose body is refused unread (413) reach a client that writes its
 * whole body before reading: the connection is kept (Fastify would close it, and closing while
 * the client still sends makes the kernel reset the connection, so the client sees EPIPE instead
 * of the answer) and the rest of the body is read and thrown away, up to `DRAIN_BYTES`; past that
 * the connection is closed after all. The request timeout bounds how long this can take.
 */
export function drainRefusedBody(request: IncomingMessage, reply: FastifyReply): void {
  reply.removeHeader('connection');
  let drained = 0;
  request.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_BYTES) request.socket.destroy();
  });
  request.resume();
}

const routerKinds: Record<string, { kind: ProblemKind; detail: string }> = {
  FST_ERR_BAD_URL: { kind: 'validation-failed', detail: 'The request path is not valid percent-encoding.' },
  FST_ERR_MAX_PARAM_LENGTH: { kind: 'uri-too-long', detail: 'A path segment is longer than 1,000 characters; ids hold at most 200.' },
};

/** Fastify's `frameworkErrors`: router refusals as problems, with the security headers. */
export function frameworkErrors(error: Error & { code?: string }, _request: FastifyRequest, reply: FastifyReply): void {
  const { kind, detail } = routerKinds[error.code ?? ''] ?? { kind: 'validation-failed' as const, detail: 'The request could not be routed.' };
  const answer = problem(kind, detail);
  reply.headers(apiHeaders).code(answer.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(answer));
}

const parserKinds: Record<string, { kind: ProblemKind; detail: string }> = {
  HPE_HEADER_OVERFLOW: { kind: 'headers-too-large', detail: 'The request headers are larger than the server accepts (16 KiB).' },
  ERR_HTTP_REQUEST_TIMEOUT: { kind: 'request-timeout', detail: 'The request did not arrive in time.' },
};

/**
 * Fastify's `clientErrorHandler`: the problem is written as a whole response with `Connection:
 * close`, then the socket is half-closed and drained for a moment instead of destroyed, so the
 * client reads the answer rather than a reset.
 */
export const clientErrorHandler: NonNullable<FastifyServerOptions['clientErrorHandler']> = (error: Error & { code?: string }, socket: Socket) => {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { kind, detail } = parserKinds[error.code ?? ''] ?? { kind: 'validation-failed' as const, detail: 'The request is not valid HTTP.' };
  const answer = problem(kind, detail);
  const body = JSON.stringify(answer);
  if (socket.writable) {
    const headers = Object.entries({ ...apiHeaders, 'content-type': PROBLEM_CONTENT_TYPE, 'content-length': Buffer.byteLength(body), connection: 'close' });
    socket.end(
      `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\n${headers.map(([name, value]) => `${name}: ${value}`).join('\r\n')}\r\n\r\n${body}`,
    );
  }
  socket.resume();
  socket.setTimeout(DRAIN_MS, () => socket.destroy());
};
