/**
 * The typed client for client apps: openapi-fetch over the types generated from the published
 * document, so a client compiles against the contract, not against this code base.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './plumbline.v1.js';

export interface PlumblineClientOptions {
  /** The gateway's base URL, such as `http://127.0.0.1:8080`. */
  baseUrl: string;
  /** A bearer token, or a function returning the current one (called before every request). */
  token?: string | (() => string | Promise<string>);
  /** Sent as `Plumbline-Justification` on every request: the purpose or case reference for consulting personal data. */
  justification?: string;
  /** A fetch implementation (tests, proxies); the global one by default. */
  fetch?: typeof globalThis.fetch;
}

export type PlumblineClient = Client<paths>;

export function createPlumblineClient(options: PlumblineClientOptions): PlumblineClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl.replace(/\/$/, ''), fetch: options.fetch });
  client.use({
    async onRequest({ request }) {
      if (options.token !== undefined) {
        const token = typeof options.token === 'function' ? await options.token() : options.token;
        request.headers.set('authorization', `Bearer ${token}`);
      }
      if (options.justification !== undefined) request.headers.set('plumbline-justification', options.justification);
      return request;
    },
  });
  return client;
}

export type { paths, components, operations } from './plumbline.v1.js';
