/**
 * The http adapter: for any supplier whose platform implements the Plumbline contract natively.
 * Settings come from `PLUMBLINE_HTTP_*` variables (see docs/connectors-http.md). Without a base
 * URL, the CLI starts a bundled gateway over the reference engine on loopback
 * (src/cli/bundled-remote.ts) and points the adapter at it; this entry imports no gateway.
 */
import { defineAdapterFactory } from '../../src/adapter/factory.js';
import { PlumblineError } from '../../src/adapter/errors.js';
import { ConfigError } from '../../src/adapter/config-error.js';
import { createHttpAdapter } from './http-adapter.js';
import { HttpAdapterSettings } from './settings.js';

export const httpAdapterFactory = defineAdapterFactory({
  id: 'http',
  description: 'Any remote service that speaks the Plumbline contract natively, over HTTP; a bundled gateway over the reference engine when no base URL is set',
  settings: HttpAdapterSettings,
  async create(settings, environment) {
    const { baseUrl } = settings;
    if (baseUrl === undefined) throw new ConfigError(['PLUMBLINE_HTTP_BASE_URL: required (the CLI starts a bundled remote without it)']);
    try {
      return await createHttpAdapter({ settings: { ...settings, baseUrl }, logger: environment.logger });
    } catch (error) {
      // At start-up, an unreachable or unsuitable remote is a configuration problem to report plainly.
      if (error instanceof PlumblineError) throw new ConfigError([`PLUMBLINE_HTTP_BASE_URL=${JSON.stringify(settings.baseUrl)}: ${error.message}`]);
      throw error;
    }
  },
});

export { createHttpAdapter, type HttpAdapter, type HttpAdapterOptions } from './http-adapter.js';
export { HttpAdapterSettings } from './settings.js';
export { sendThroughDispatcher, sendThroughGlobalFetch, type RequestSender } from './transport.js';
export { ACTOR_HEADER } from './remote-caller.js';
