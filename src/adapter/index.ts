/**
 * The adapter interface, v1. Everything an adapter author needs: the interface, its concerns, the
 * factory shape and the error type.
 */
export type { PlumblineAdapterV1, AdapterIdentity } from './adapter-v1.js';
export type { SourcesAndRecordsV1, IndexedRecord } from './sources-v1.js';
export type { ConsolidationV1, SubjectLookup } from './consolidation-v1.js';
export type { FlaggingV1 } from './flagging-v1.js';
export type { RunsV1 } from './runs-v1.js';
export type { PortabilityV1 } from './portability-v1.js';
export type { OperationContext } from './context.js';
export { systemContext } from './context.js';
export type { AdapterFactory, AdapterEnvironment, AdapterLogger } from './factory.js';
export { defineAdapterFactory, silentLogger } from './factory.js';
export { ConfigError } from './config-error.js';
export { capabilityConcerns, gatewayCapabilities, missingConcerns, type AdapterConcern } from './capability-concerns.js';
export { waitForRun, type WaitOptions } from './wait-for-run.js';
export { allFlags } from './all-flags.js';
export { PlumblineError, UpstreamCallError, errors, type PlumblineErrorOptions } from './errors.js';
export { tokens } from './tokens.js';
