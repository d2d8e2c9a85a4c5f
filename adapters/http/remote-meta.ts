/**
 * What the remote says about itself, read once when the adapter is made: the adapter claims
 * exactly the capabilities the remote claims, and names the remote in its identity without
 * pretending to be it.
 */
import type { AdapterIdentity } from '../../src/adapter/adapter-v1.js';
import { systemContext } from '../../src/adapter/context.js';
import type { AdapterLogger } from '../../src/adapter/factory.js';
import { PlumblineError } from '../../src/adapter/errors.js';
import { gatewayCapabilities } from '../../src/adapter/capability-concerns.js';
import { capabilities as knownCapabilities, CONTRACT_VERSION, type Capability } from '../../src/contract/index.js';
import { RemoteMeta } from './answer-schemas.js';
import type { RemoteCaller } from './remote-caller.js';

/** The http adapter's own version. */
export const HTTP_ADAPTER_VERSION = '0.1.0';

/** The actor named on calls the adapter makes on its own behalf. */
export const SELF_ACTOR = 'plumbline-http-adapter';

export interface RemoteDescription {
  readonly identity: AdapterIdentity;
  readonly capabilities: readonly Capability[];
  /** The remote adapter's own identity, as its meta says. */
  readonly remote: AdapterIdentity;
  /** The largest page the remote answers; asked-for limits above it are lowered. */
  readonly maxPageSize: number;
}

const major = (version: string) => version.split('.')[0];

/** Reads `GET /v1/meta`; refuses a remote on another major version of the contract. */
export async function describeRemote(caller: RemoteCaller, logger: AdapterLogger): Promise<RemoteDescription> {
  const meta = await caller.value({ operation: 'getMeta', safety: 'idempotent', context: systemContext(SELF_ACTOR) }, RemoteMeta, (init) =>
    caller.client.GET('/v1/meta', { ...init }),
  );
  if (major(meta.contractVersion) !== major(CONTRACT_VERSION)) {
    throw new PlumblineError(
      'upstream-failure',
      `The remote speaks contract ${meta.contractVersion}; the http adapter speaks ${CONTRACT_VERSION}. Point it at a /v${major(CONTRACT_VERSION)} service.`,
      { adapter: 'http' },
    );
  }
  const known = new Set<string>(knownCapabilities);
  const unknown = meta.capabilities.filter((capability) => !known.has(capability));
  if (unknown.length) logger.info({ adapter: 'http', unknown }, 'the remote claims capabilities this gateway does not know; they are ignored');

  const remote = meta.adapter;
  return {
    remote,
    maxPageSize: meta.limits.maxPageSize,
    // A remote gateway's own offers (its parallel run) are not this adapter's.
    capabilities: knownCapabilities.filter((capability) => meta.capabilities.includes(capability) && !gatewayCapabilities.includes(capability)),
    identity: {
      id: 'http',
      name: `Plumbline HTTP adapter to "${remote.name}" (${remote.id} ${remote.version} by ${remote.vendor})`,
      version: HTTP_ADAPTER_VERSION,
      vendor: 'Plumbline',
    },
  };
}
