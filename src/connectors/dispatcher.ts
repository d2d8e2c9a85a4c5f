/**
 * The production dispatcher: a keep-alive connection pool per supplier origin. Connectors take a
 * `Dispatcher` rather than making one so that unit tests can inject undici's `MockAgent` (a pool
 * made inside the code under test would not be intercepted).
 */
import { Agent, type Dispatcher } from 'undici';

/** Options of the production dispatcher. */
export interface UpstreamDispatcherOptions {
  /** Connections per origin (default 16). */
  readonly connectionsPerOrigin?: number;
  /** How long an idle connection is kept, in ms (default 10 000). */
  readonly keepAliveTimeoutMs?: number;
  /** Connect timeout in ms (default 5 000). */
  readonly connectTimeoutMs?: number;
}

/** A pooled dispatcher; close it with the adapter (`dispatcher.close()`). */
export function createUpstreamDispatcher(options: UpstreamDispatcherOptions = {}): Dispatcher {
  return new Agent({
    connections: options.connectionsPerOrigin ?? 16,
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 10_000,
    connect: { timeout: options.connectTimeoutMs ?? 5_000 },
  });
}
