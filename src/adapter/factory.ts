import type { z } from 'zod';
import type { PlumblineAdapterV1 } from './adapter-v1.js';

/** A logger with no personal data in it: adapters log ids and counts, never names or record content. */
export interface AdapterLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** What the host gives every adapter besides its settings. */
export interface AdapterEnvironment {
  /** Where to log. */
  readonly logger: AdapterLogger;
}

/**
 * Makes adapters of one kind. Settings are validated with `settings` before `create` is called, so
 * a misconfigured adapter fails at start-up with a clear message.
 */
export interface AdapterFactory<Settings = unknown> {
  /** The name used in configuration (`PLUMBLINE_ADAPTER`). */
  readonly id: string;
  /** One line for `plumbline --help` and start-up messages. */
  readonly description: string;
  /** The settings the adapter needs, read from `PLUMBLINE_<ID>_…` environment variables or options. */
  readonly settings: z.ZodType<Settings>;
  /** Makes an adapter. */
  create(settings: Settings, environment: AdapterEnvironment): Promise<PlumblineAdapterV1>;
}

/** Declares a factory with its settings type inferred. */
export function defineAdapterFactory<Settings>(factory: AdapterFactory<Settings>): AdapterFactory<Settings> {
  return factory;
}

/** A logger that drops everything, for tests and tools. */
export const silentLogger: AdapterLogger = { info() {}, warn() {}, error() {} };
