/**
 * The foundry connector: the contract over an ontology platform's API. It claims every
 * capability but the possible-match queue, because the platform offers each through objects, links
 * and actions (export is built from listings; see docs/connectors.md). Credentials are OAuth2 client credentials,
 * renewed before expiry and on a 401.
 */
import type { Dispatcher } from 'undici';
import type { PlumblineAdapterV1 } from '../../../src/adapter/adapter-v1.js';
import type { AdapterLogger } from '../../../src/adapter/factory.js';
import { gatewayCapabilities } from '../../../src/adapter/capability-concerns.js';
import { capabilities, type Capability } from '../../../src/contract/index.js';
import {
  UpstreamClient,
  clientCredentialsTokenCache,
  closeOnce,
  createUpstreamDispatcher,
  defaultRetryPolicy,
  type RetryPolicy,
} from '../../../src/connectors/index.js';
import { foundryConsolidation } from './foundry-consolidation.js';
import { foundryFlagging } from './foundry-flagging.js';
import { foundryPortability } from './foundry-portability.js';
import { foundrySources } from './foundry-sources.js';
import { FOUNDRY_ADAPTER_ID } from './mapping/known.js';
import { OntologyClient } from './ontology-client.js';
import { runsOf } from './foundry-runs.js';
import { checkOntologySetup } from './ontology-setup.js';
import { defaultReceiptChecks, type ReceiptChecks } from './receipts.js';

/**
 * What the ontology connector does not offer: the platform's resolution writes merged objects and
 * their link objects, and keeps no object type for pairs that may be one person — so the
 * possible-match queue is declined (501) rather than answered with an always-empty list.
 */
export const FOUNDRY_UNSUPPORTED: readonly Capability[] = ['consolidation.candidates'];

/** Where and how to reach the platform. */
export interface FoundryConnectionOptions {
  /** The platform's base URL (its API lives under `/api/v2`). */
  readonly baseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The ontology's API name. */
  readonly ontology: string;
  /** Deadline of each attempt in ms. */
  readonly timeoutMs?: number;
  /** Deadline of each action attempt in ms (default `DEFAULT_ACTION_TIMEOUT_MS`): an action may run a Function. */
  readonly actionTimeoutMs?: number;
  /** How a lost write's receipt is looked for (default `defaultReceiptChecks`). */
  readonly receiptChecks?: ReceiptChecks;
  readonly retry?: RetryPolicy;
  /** The token endpoint's path (default `/multipass/api/oauth2/token`). */
  readonly tokenPath?: string;
  /** An injected dispatcher (tests: MockAgent); otherwise the connector makes and closes its own pool. */
  readonly dispatcher?: Dispatcher;
  readonly logger?: AdapterLogger;
  /** Called on close, after the connector's own resources (the bundled simulator stops here). */
  readonly onClose?: () => Promise<void>;
}

/** The connector’s own version, shown in `GET /v1/meta`. */
export const FOUNDRY_CONNECTOR_VERSION = '0.2.0';

/** Makes the connector; `close()` releases its pool and runs `onClose`. */
export function createFoundryAdapter(options: FoundryConnectionOptions): PlumblineAdapterV1 {
  const dispatcher = options.dispatcher ?? createUpstreamDispatcher();
  const common = {
    adapter: FOUNDRY_ADAPTER_ID,
    baseUrl: options.baseUrl,
    dispatcher,
    timeoutMs: options.timeoutMs,
    retry: options.retry ?? defaultRetryPolicy,
    logger: options.logger,
  };
  const tokenClient = new UpstreamClient(common);
  const credentials = clientCredentialsTokenCache(tokenClient, {
    tokenPath: options.tokenPath ?? '/multipass/api/oauth2/token',
    clientId: options.clientId,
    clientSecret: options.clientSecret,
  });
  const api = new OntologyClient(new UpstreamClient({ ...common, credentials }), options.ontology, { actionTimeoutMs: options.actionTimeoutMs });
  const context = { api, receiptChecks: options.receiptChecks ?? defaultReceiptChecks };
  const identity = { id: FOUNDRY_ADAPTER_ID, name: 'Ontology platform connector (foundry)', version: FOUNDRY_CONNECTOR_VERSION, vendor: 'Plumbline' };

  // The gateway closes its adapter, and so may whoever made it: closing twice is harmless.
  const close = closeOnce(async () => {
    if (!options.dispatcher) await dispatcher.close();
    await options.onClose?.();
  });

  return {
    specificationVersion: 'v1',
    identity,
    capabilities: capabilities.filter((capability) => !FOUNDRY_UNSUPPORTED.includes(capability) && !gatewayCapabilities.includes(capability)),
    sources: foundrySources(context),
    consolidation: foundryConsolidation(context),
    flagging: foundryFlagging(context),
    runs: runsOf(context),
    portability: foundryPortability(context, identity),
    checkReady: async () => checkOntologySetup(await api.readFullMetadata()),
    close,
  };
}
