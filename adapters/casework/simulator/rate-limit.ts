/**
 * The platform's rate limit: a fixed window of requests per API key. Over the limit it answers
 * 429 with `Retry-After` in whole seconds, as documented suppliers do.
 */
import type { FastifyInstance } from 'fastify';

export interface RateLimitOptions {
  /** Requests allowed per window; 0 turns the limit off. */
  readonly limit: number;
  /** The window, in milliseconds. */
  readonly windowMs: number;
}

export function installRateLimit(app: FastifyInstance, options: RateLimitOptions): void {
  if (options.limit <= 0) return;
  const windows = new Map<string, { startedAt: number; count: number }>();
  app.addHook('onRequest', async (request, reply) => {
    const key = String(request.headers['x-api-key'] ?? '');
    const now = Date.now();
    let window = windows.get(key);
    if (!window || now - window.startedAt >= options.windowMs) {
      window = { startedAt: now, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= options.limit) return;
    const retryAfterSeconds = Math.max(1, Math.ceil((window.startedAt + options.windowMs - now) / 1000));
    return reply
      .code(429)
      .header('retry-after', String(retryAfterSeconds))
      .send({ error: { code: 'RATE_LIMITED', message: `At most ${options.limit} requests per ${options.windowMs} ms.` } });
  });
}
