/**
 * Limits on connections, so that slow or numerous clients cannot hold the gateway: a request must
 * arrive whole (headers and body) within `requestTimeoutMs` or is answered `408` (a problem, by the
 * client error handler) and closed; and at most `maxConnections` connections are open at once,
 * further ones being closed as they arrive. A slow-body client once held 200 connections for two
 * minutes. Answers are not timed: an export may stream for as long as its client reads.
 */
import type { ServerOptions } from 'node:http';

export interface ConnectionLimits {
  /** How long a request may take to arrive, headers and body (ms). */
  readonly requestTimeoutMs: number;
  /** The most connections open at once. */
  readonly maxConnections: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = { requestTimeoutMs: 60_000, maxConnections: 1024 };

/** Node checks request timeouts on a timer (every 30 s by default): often enough to keep them close to the limit. */
const CHECKS_PER_TIMEOUT = 4;

/** The Fastify options that enforce the request timeout. */
export function requestTimeoutOptions(limits: ConnectionLimits): { requestTimeout: number; http: ServerOptions } {
  const checkEveryMs = Math.max(50, Math.min(30_000, Math.floor(limits.requestTimeoutMs / CHECKS_PER_TIMEOUT)));
  // Headers must arrive within the request timeout too (Node's headersTimeout may not exceed it).
  return { requestTimeout: limits.requestTimeoutMs, http: { connectionsCheckingInterval: checkEveryMs, headersTimeout: limits.requestTimeoutMs } };
}
