/**
 * The http adapter: for any supplier whose platform implements the Plumbline contract natively.
 * Settings come from `PLUMBLINE_HTTP_*` variables (see docs/connectors-http.md).
 */
import { defineAdapterFactory } from '../../src/adapter/factory.js';
import { PlumblineError } from '../../src/adapter/errors.js';
import { ConfigError } from '../../src/config/gateway-config.js';
import { createHttpAdapter } from './http-adapter.js';
import { HttpAdapterSettings } from './settings.js';

export const httpAdapterFactory = defineAdapterFactory({
  id: 'http',
  description: 'Any remote service that speaks the Plumbline contract natively, over HTTP',
  settings: HttpAdapterSettings,
  async create(settings, environment) {
    try {
      return await createHttpAdapter({ settings, logger: environment.logger });
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
