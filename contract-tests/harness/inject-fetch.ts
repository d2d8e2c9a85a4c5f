/**
 * A `fetch` that hands each request to the gateway's `inject`: the whole HTTP surface (routing,
 * validation, problem details, status codes, headers) without a socket. The client cannot tell it
 * from the network, which is the point: the in-process and HTTP harnesses run the same tests.
 */
import type { FastifyInstance } from 'fastify';

/** The base URL clients use with an injecting fetch; the host is never contacted. */
export const INJECT_BASE_URL = 'http://gateway.inject';

/** A fetch that serves every request with `app.inject`. */
export function injectFetch(app: FastifyInstance): typeof globalThis.fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const payload = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
    const answer = await app.inject({
      method: request.method as 'GET',
      url: `${url.pathname}${url.search}`,
      headers: Object.fromEntries(request.headers),
      payload,
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [value]) headers.append(name, String(one));
    }
    const bodiless = answer.statusCode === 204 || answer.statusCode === 304 || request.method === 'HEAD';
    return new Response(bodiless ? null : answer.rawPayload, { status: answer.statusCode, headers });
  };
}
