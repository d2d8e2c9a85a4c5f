/**
 * The connector kit: what every supplier connector shares (foundry, casework, http). See
 * docs/connectors.md.
 *
 * - `UpstreamClient` — calls a supplier over an injected undici `Dispatcher`, with credentials,
 *   the deadline, retries, failure mapping and answer validation;
 * - `callWithRetries`, `Repeatability` — the one retry loop and decision, for
 *   connectors that send through another client (the http connector's generated client);
 * - `Deadline` — the one per-attempt deadline, re-armable for streams;
 * - `failureFromStatus`, `failureFromException`, `ConnectorCallError` — supplier failures as contract problems;
 * - `parseSupplierAnswer`, `parseSupplierJson`, `failMalformed` — supplier answers checked (502 naming the field);
 * - `retrySettingsFields`, `retryPolicyOf` — the one retry-settings vocabulary and its policy;
 * - `clientCredentialsTokenCache`, `staticCredentials` — credentials, renewed on 401;
 * - `readAllPages`, `collectAllPages` — paged listings; `readContractPage` — contract cursor pages over supplier token pages;
 * - `writeOnce` — a write whose unknown outcome is confirmed by reading back, never repeated blindly;
 * - `closeOnce` — a `close()` that is harmless when repeated;
 * - `defineVocabulary` — a supplier's enumeration and its contract counterpart, both ways;
 * - `createUpstreamDispatcher` — the production connection pool.
 */
export { UpstreamClient, type UpstreamClientOptions, type UpstreamRequest, type UpstreamResponse, type QueryValues } from './upstream-client.js';
export { callWithRetries } from './retrying-call.js';
export { defaultRetryPolicy, nextRetryDelayMs, type Repeatability, type RetryPolicy } from './retry-policy.js';
export { retrySettingsFields, retryPolicyOf, type RetrySettings } from './retry-settings.js';
export { Deadline } from './deadline.js';
export { failureFromStatus, failureFromException, failureReason, type CallDescription, type ClientFaults, type ClientFaultStatus } from './failure-mapping.js';
export { ConnectorCallError, type Delivery } from './connector-call-error.js';
export { parseSupplierAnswer, parseSupplierJson, failMalformed } from './answer-validation.js';
export { staticCredentials, type UpstreamCredentials } from './credentials.js';
export { clientCredentialsTokenCache, type ClientCredentialsSettings } from './client-credentials.js';
export { readAllPages, collectAllPages, type SupplierPage } from './pagination.js';
export { createUpstreamDispatcher, type UpstreamDispatcherOptions } from './dispatcher.js';
export { writeOnce, type WriteOnceSteps } from './write-once.js';
export { closeOnce } from './close-once.js';
export type { BundledSupplier } from './bundled-supplier.js';
export { readContractPage, type ContractPageOptions } from './contract-pages.js';
export { defineVocabulary, type Vocabulary } from './vocabulary.js';
