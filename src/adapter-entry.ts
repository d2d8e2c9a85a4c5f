/**
 * `@plumbline/plumbline/adapter`: everything an adapter author imports, from one typed entry point —
 * the adapter interface and its concerns, `defineAdapterFactory`, the error types, the connector
 * kit for calling a supplier, and the contract's schemas and types (as `contract`).
 *
 * It lives outside `src/adapter/` because the adapter interface depends only on the contract, while
 * the connector kit depends on the interface; this file sits on top of both. The kit is re-exported
 * whole from its own index, so the entry point follows the kit as it changes.
 */
export * as contract from './contract/index.js';
export * from './adapter/index.js';
export * from './connectors/index.js';
