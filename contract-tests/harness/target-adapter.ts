/**
 * Any target as an adapter: the http adapter pointed at the target's base URL, sending through the
 * target's own fetch (`inject` in process, the network otherwise). The scores use it to drive a
 * target exactly as `plumbline bench` drives the reference engine, through the contract alone.
 */
import { createHttpAdapter, type HttpAdapter } from '../../adapters/http/index.js';
import { remoteSettings } from '../../adapters/http/settings.js';
import type { ConformanceTarget } from './target.js';

export async function adapterFor(target: ConformanceTarget): Promise<HttpAdapter> {
  // The http adapter takes a fixed token: resolve the target's once.
  const token = typeof target.token === 'function' ? await target.token() : target.token;
  const settings = remoteSettings({ baseUrl: target.baseUrl, token, timeoutMs: 600_000 });
  return createHttpAdapter({ settings, send: (request) => target.fetch(request) });
}
