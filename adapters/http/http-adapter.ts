/**
 * The http adapter: serves the contract from any remote service that already speaks it (a
 * supplier's native implementation, or another Plumbline gateway). Each adapter method is the
 * matching contract call, made with the generated client over undici.
 */
import { Pool, type Dispatcher } from 'undici';
import type { PlumblineAdapterV1 } from '../../src/adapter/adapter-v1.js';
import { systemContext } from '../../src/adapter/context.js';
import { silentLogger, type AdapterLogger } from '../../src/adapter/factory.js';
import { createPlumblineClient } from '../../src/client/client.js';
import { closeOnce } from '../../src/connectors/index.js';
import { httpConsolidation } from './http-consolidation.js';
import { httpFlagging, httpRuns } from './http-flagging.js';
import { httpPortability } from './http-portability.js';
import { httpSources } from './http-sources.js';
import { describeRemote, SELF_ACTOR, type RemoteDescription } from './remote-meta.js';
import { RemoteCaller } from './remote-caller.js';
import type { RemoteSettings } from './settings.js';
import { sendThroughDispatcher, type RequestSender } from './transport.js';

export interface HttpAdapterOptions {
  readonly settings: RemoteSettings;
  /**
   * The undici dispatcher requests go through. By default the adapter makes a connection `Pool` to
   * the remote's origin and closes it with itself; a dispatcher given here is the caller's to close.
   */
  readonly dispatcher?: Dispatcher;
  /** Sends requests some other way (the global fetch, for nock); overrides `dispatcher`. */
  readonly send?: RequestSender;
  readonly logger?: AdapterLogger;
  /** Replaces the backoff wait, for tests. */
  readonly sleep?: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
}

/** The http adapter, with what the remote said about itself. */
export interface HttpAdapter extends PlumblineAdapterV1 {
  readonly remote: RemoteDescription['remote'];
}

/** Makes the adapter; reads the remote's meta first, so an unreachable remote fails here. */
export async function createHttpAdapter(options: HttpAdapterOptions): Promise<HttpAdapter> {
  const { settings } = options;
  const logger = options.logger ?? silentLogger;
  const ownPool = options.send || options.dispatcher ? undefined : new Pool(new URL(settings.baseUrl).origin, { connections: settings.connections });
  const send = options.send ?? sendThroughDispatcher(options.dispatcher ?? ownPool!);
  const client = createPlumblineClient({ baseUrl: settings.baseUrl, token: settings.token, fetch: send as typeof globalThis.fetch });
  const caller = new RemoteCaller({ client, timeoutMs: settings.timeoutMs, retry: settings, logger, sleep: options.sleep });

  let description: RemoteDescription;
  try {
    description = await describeRemote(caller, logger);
  } catch (error) {
    await ownPool?.close();
    throw error;
  }

  return {
    specificationVersion: 'v1',
    identity: description.identity,
    capabilities: description.capabilities,
    remote: description.remote,
    sources: httpSources(caller, description.maxPageSize),
    consolidation: httpConsolidation(caller, description.maxPageSize),
    flagging: httpFlagging(caller, description.maxPageSize),
    runs: httpRuns(caller),
    portability: httpPortability(caller),
    async checkReady() {
      await caller.json({ operation: 'getReadiness', safety: 'once', context: systemContext(SELF_ACTOR) }, (init) => client.GET('/readyz', { ...init }));
    },
    // The gateway closes its adapter, and so may whoever made it: closing twice is harmless.
    close: closeOnce(async () => {
      await ownPool?.close();
    }),
  };
}
