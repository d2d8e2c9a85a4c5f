/**
 * The http adapter: for any supplier whose platform implements the Plumbline contract natively.
 * Settings come from `PLUMBLINE_HTTP_*` variables (see docs/connectors-http.md). Without a base
 * URL it starts a bundled gateway over the reference engine on loopback and talks to that.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { defineAdapterFactory, type AdapterLogger } from '../../src/adapter/factory.js';
import { PlumblineError } from '../../src/adapter/errors.js';
import { ConfigError } from '../../src/adapter/config-error.js';
import { adapterOwningRemote, startBundledRemote } from './bundled-remote.js';
import { createHttpAdapter, type HttpAdapter } from './http-adapter.js';
import { HttpAdapterSettings } from './settings.js';

export const httpAdapterFactory = defineAdapterFactory({
  id: 'http',
  description: 'Any remote service that speaks the Plumbline contract natively, over HTTP',
  settings: HttpAdapterSettings,
  async create(settings, environment) {
    const { baseUrl } = settings;
    if (baseUrl === undefined) return overBundledRemote(settings, environment.logger);
    try {
      return await createHttpAdapter({ settings: { ...settings, baseUrl }, logger: environment.logger });
    } catch (error) {
      // At start-up, an unreachable or unsuitable remote is a configuration problem to report plainly.
      if (error instanceof PlumblineError) throw new ConfigError([`PLUMBLINE_HTTP_BASE_URL=${JSON.stringify(settings.baseUrl)}: ${error.message}`]);
      throw error;
    }
  },
});

/** The adapter over a bundled remote started beside the gateway's store; closing the adapter stops it. */
async function overBundledRemote(settings: HttpAdapterSettings, logger: AdapterLogger): Promise<HttpAdapter> {
  if (settings.databasePath === undefined) throw new ConfigError(['PLUMBLINE_HTTP_BASE_URL: required (or a store directory for the bundled remote)']);
  const directory = dirname(settings.databasePath);
  mkdirSync(directory, { recursive: true });
  const remote = await startBundledRemote(directory);
  logger.info({ baseUrl: remote.baseUrl }, 'no PLUMBLINE_HTTP_BASE_URL: serving through a bundled gateway over the reference engine');
  return adapterOwningRemote(remote, settings, logger);
}

export { createHttpAdapter, type HttpAdapter, type HttpAdapterOptions } from './http-adapter.js';
export { startBundledRemote, type BundledRemote } from './bundled-remote.js';
export { HttpAdapterSettings } from './settings.js';
export { sendThroughDispatcher, sendThroughGlobalFetch, type RequestSender } from './transport.js';
export { ACTOR_HEADER } from './remote-caller.js';
