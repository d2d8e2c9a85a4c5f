/**
 * Plumbline's public surface for integrators: the contract's schemas, the adapter interface, and
 * the gateway builder. Client apps import `@plumbline/plumbline/client` instead; adapter authors
 * `@plumbline/plumbline/adapter` (the interface, the errors and the connector kit).
 */
export * as contract from './contract/index.js';
export * from './adapter/index.js';
export { buildGateway, type GatewayOptions } from './gateway/app.js';
