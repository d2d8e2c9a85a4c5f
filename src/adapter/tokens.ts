/**
 * Dependency-injection tokens. Symbols, not classes, so that injection works the same under tsx,
 * vitest and compiled output (see the toolchain notes: tsx emits no decorator metadata).
 */
export const tokens = {
  /** The validated `GatewayConfig`. */
  config: Symbol.for('plumbline.config'),
  /** The `PlumblineAdapterV1` the gateway serves. */
  adapter: Symbol.for('plumbline.adapter'),
  /** The map of known `AdapterFactory`s by id. */
  adapterFactories: Symbol.for('plumbline.adapterFactories'),
} as const;
