/**
 * How requests leave the process. Production sends them through undici with an injected
 * `Dispatcher` (a connection pool to the remote); tests of mappings send them through the global
 * fetch, which nock intercepts (nock 14 does not see undici's own dispatchers).
 */
import { fetch as undiciFetch, type Dispatcher } from 'undici';
import { NDJSON_CONTENT_TYPE } from './ndjson-stream.js';

/** A fetch as openapi-fetch calls it: one `Request` in, one `Response` out. */
export type RequestSender = (request: Request) => Promise<Response>;

/**
 * Sends through undici's fetch on the given dispatcher. openapi-fetch builds a global `Request`,
 * which the undici package's fetch does not recognise as its own, so the request is handed over
 * field by field. An NDJSON body (an import) stays a stream; a JSON body is small and is sent
 * whole, with a Content-Length rather than chunked.
 */
export function sendThroughDispatcher(dispatcher: Dispatcher): RequestSender {
  return async (request) => {
    const streamed = request.headers.get('content-type')?.startsWith(NDJSON_CONTENT_TYPE);
    const body = request.body === null ? undefined : streamed ? request.body : await request.text();
    const response = await undiciFetch(request.url, {
      method: request.method,
      headers: [...request.headers],
      body: body as never,
      duplex: 'half',
      redirect: request.redirect,
      signal: request.signal,
      dispatcher,
    });
    return response as unknown as Response;
  };
}

/** Sends through whatever `globalThis.fetch` is at the time of the call (so nock can replace it). */
export const sendThroughGlobalFetch: RequestSender = (request) => globalThis.fetch(request);
