/**
 * A supplier bundled for demos and tests: a connector's simulator (or, for the http connector, a
 * gateway over the reference engine) that the CLI's composition root starts on loopback when no
 * base URL is configured. The connector never starts it itself: its production entry imports no
 * simulator, no Fastify and no reference engine.
 */

/** A running bundled supplier. */
export interface BundledSupplier {
  /** Settings that point the connector at it (`baseUrl` and the credentials it accepts). */
  readonly settings: Readonly<Record<string, unknown>>;
  /** Where it listens, for the log line that says so. */
  readonly url: string;
  /** Stops it; run after the connector has closed. */
  close(): Promise<void>;
}
