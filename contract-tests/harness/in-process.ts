/**
 * The in-process harness: the real gateway around a fresh adapter, reached through `inject` (no
 * sockets) or, for timings comparable with remote targets, over loopback. Authentication is on by
 * default, with a test signing key and one token carrying every role the suite needs, so the
 * suite also proves the adapter works behind the gateway's access control.
 */
import type { FastifyInstance } from 'fastify';
import type { PlumblineAdapterV1 } from '../../src/adapter/adapter-v1.js';
import { buildGateway } from '../../src/gateway/app.js';
import { createTestSecurity, TEST_JUSTIFICATION } from '../../src/gateway/testing/test-security.js';
import { fetchWithoutRedirects, type ConformanceTarget } from './target.js';
import { INJECT_BASE_URL, injectFetch } from './inject-fetch.js';
import type { UpstreamFaults } from './upstream-faults.js';

/** An adapter under test, alone or with a handle on its supplier (a connector over its simulator). */
export type MadeAdapter = PlumblineAdapterV1 | { readonly adapter: PlumblineAdapterV1; readonly upstream: UpstreamFaults };

/** Makes the adapter under test; called once per target (and again for an empty one). */
export type AdapterMaker = () => MadeAdapter | Promise<MadeAdapter>;

function unpack(made: MadeAdapter): { adapter: PlumblineAdapterV1; upstream?: UpstreamFaults } {
  return 'specificationVersion' in made ? { adapter: made } : made;
}

/** How to build an in-process target. */
export interface InProcessOptions {
  readonly adapter: AdapterMaker;
  /** How reports name the target (default: the adapter's id). */
  readonly name?: string;
  /** `inject` (default) calls the gateway without sockets; `loopback` listens on 127.0.0.1. */
  readonly transport?: 'inject' | 'loopback';
  /** Authentication, roles and justification on (default) or off. */
  readonly authentication?: boolean;
}

/** The roles one suite token carries: everything but `auditor`, which reads no personal data. */
export const SUITE_ROLES = ['ingest', 'analyst', 'reviewer', 'admin'] as const;

/** The gateway around a fresh adapter, as a target; its `fresh()` makes another, empty one. */
export async function inProcessTarget(options: InProcessOptions): Promise<ConformanceTarget> {
  const { adapter, upstream } = unpack(await options.adapter());
  const security = options.authentication === false ? undefined : await createTestSecurity();
  let app: FastifyInstance;
  try {
    app = await buildGateway({ adapter, security: security?.security });
  } catch (error) {
    await adapter.close();
    throw error;
  }
  const loopback = options.transport === 'loopback';
  const baseUrl = loopback ? await app.listen({ host: '127.0.0.1', port: 0 }) : INJECT_BASE_URL;
  return {
    name: options.name ?? adapter.identity.id,
    kind: 'in-process',
    baseUrl,
    fetch: loopback ? fetchWithoutRedirects : injectFetch(app),
    token: security && (await security.tokenFor(SUITE_ROLES, 'conformance-suite')),
    justification: TEST_JUSTIFICATION,
    fresh: () => inProcessTarget(options),
    makeAdapter: async () => unpack(await options.adapter()).adapter,
    upstream,
    close: () => app.close(),
  };
}
