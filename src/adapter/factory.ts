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

/**
 * Declares a factory with its settings type inferred. The adapters it makes close once: both the
 * gateway and whoever made an adapter may close it, so a second `close()` waits for the first and
 * releases nothing twice, whatever the adapter's own `close` does.
 */
export function defineAdapterFactory<Settings>(factory: AdapterFactory<Settings>): AdapterFactory<Settings> {
  return { ...factory, create: async (settings, environment) => closingOnce(await factory.create(settings, environment)) };
}

function closingOnce(adapter: PlumblineAdapterV1): PlumblineAdapterV1 {
  const close = adapter.close.bind(adapter);
  let closing: Promise<void> | undefined;
  Object.defineProperty(adapter, 'close', { value: () => (closing ??= close()), configurable: true, writable: true });
  return adapter;
}

/** A logger that drops everything, for tests and tools. */
export const silentLogger: AdapterLogger = { info() {}, warn() {}, error() {} };
