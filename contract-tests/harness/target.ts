/**
 * A target is whatever the suite checks, seen only through the contract's HTTP surface: a base
 * URL, a fetch to reach it, and the token and justification to send. In process, the fetch calls
 * the gateway's `inject`; over HTTP it is the global fetch. The tests cannot tell them apart.
 */
import type { PlumblineAdapterV1 } from '../../src/adapter/adapter-v1.js';
import { createPlumblineClient, type PlumblineClient } from '../../src/client/index.js';
import type { UpstreamFaults } from './upstream-faults.js';

/** What the suite sends to be let in. */
export interface Credentials {
  /** Bearer token (or a function giving the current one) with the roles the suite needs: ingest, analyst, reviewer, admin. */
  readonly token?: string | (() => string | Promise<string>);
  /** Sent as `Plumbline-Justification` on every request. */
  readonly justification?: string;
}

/** What the suite checks: a base URL and a way to reach it. */
export interface ConformanceTarget extends Credentials {
  /** How reports name it: the adapter's name or the URL. */
  readonly name: string;
  readonly kind: 'in-process' | 'http';
  readonly baseUrl: string;
  /** How requests reach it. Redirects are never followed: the suite checks them. */
  readonly fetch: typeof globalThis.fetch;
  /**
   * Another, empty target of the same adapter, for the tests that need one (import). Only the
   * in-process harness can make one; over HTTP those tests are skipped.
   */
  readonly fresh?: () => Promise<ConformanceTarget>;
  /**
   * Makes another adapter of the same kind, outside any gateway, for the requirements on the
   * adapter's own life (closing twice). Only the in-process harness has one; otherwise skipped.
   */
  readonly makeAdapter?: () => Promise<PlumblineAdapterV1>;
  /** The adapter's supplier, when the harness can make it fail; the upstream-failure requirements are skipped without it. */
  readonly upstream?: UpstreamFaults;
  /** Releases the target (the gateway and adapter, in process). */
  close(): Promise<void>;
}

/** The typed client for a target, with its credentials, or without any (to check refusals). */
export function clientFor(target: ConformanceTarget, credentials: Credentials = target): PlumblineClient {
  return createPlumblineClient({ baseUrl: target.baseUrl, token: credentials.token, justification: credentials.justification, fetch: target.fetch });
}

/** A fetch that never follows redirects, so that a 308 is seen as a 308. */
export const fetchWithoutRedirects: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, { ...init, redirect: 'manual' });
