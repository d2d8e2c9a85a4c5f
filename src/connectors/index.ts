/**
 * The connector kit: what every supplier connector shares. See docs/connectors.md.
 *
 * - `UpstreamClient` — calls a supplier over an injected undici `Dispatcher`, with credentials,
 *   per-attempt deadlines, retries, error mapping and answer validation;
 * - `RetryPolicy`, `nextRetryDelayMs`, `parseRetryAfter` — backoff with full jitter and `Retry-After`;
 * - `failureFromStatus`, `failureFromException`, `ConnectorCallError` — supplier failures as contract problems;
 * - `parseSupplierAnswer` — minimal zod validation of supplier answers (502 naming the field);
 * - `TokenCache`, `clientCredentialsTokenCache`, `staticCredentials` — credentials, renewed on 401;
 * - `readAllPages` — paged listings; `readContractPage` — contract cursor pages over supplier token pages;
 * - `writeOnce` — a write whose unknown outcome is confirmed by reading back, never repeated blindly;
 * - `createUpstreamDispatcher` — the production connection pool.
 */
export { UpstreamClient, type UpstreamClientOptions, type UpstreamRequest, type UpstreamResponse, type QueryValues } from './upstream-client.js';
export { defaultRetryPolicy, noRetries, backoffDelayMs, nextRetryDelayMs, isIdempotentMethod, type RetryPolicy } from './retry-policy.js';
export { parseRetryAfter } from './retry-after.js';
export { failureFromStatus, failureFromException, supplierErrorCode, type CallDescription, type ClientFaults } from './failure-mapping.js';
export { ConnectorCallError, mayHaveReachedSupplier, type Delivery } from './connector-call-error.js';
export { parseSupplierAnswer, failMalformed } from './answer-validation.js';
export { staticCredentials, noCredentials, type UpstreamCredentials } from './credentials.js';
export { TokenCache, type TokenCacheOptions, type GrantedToken } from './token-cache.js';
export { requestClientCredentialsToken, clientCredentialsTokenCache, type ClientCredentialsSettings } from './client-credentials.js';
export { readAllPages, collectAllPages, type SupplierPage } from './pagination.js';
export { createUpstreamDispatcher, type UpstreamDispatcherOptions } from './dispatcher.js';
export { sendAttempt, AttemptFailedError, type AttemptRequest, type AttemptResponse } from './send-attempt.js';
export { writeOnce, type WriteOnceSteps } from './write-once.js';
export { readContractPage, type ContractPageOptions } from './contract-pages.js';
