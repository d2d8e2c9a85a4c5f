/**
 * Plumbline's public surface for integrators: the contract's schemas, the adapter interface, and
 * the gateway builder. Client apps import `@plumbline/plumbline/client` instead.
 */
export * as contract from './contract/index.js';
export * from './adapter/index.js';
export { buildGateway, type GatewayOptions } from './gateway/app.js';
