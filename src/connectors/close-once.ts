/**
 * A connector's `close()` must be harmless when repeated: the gateway and whoever made the adapter
 * may both close it (docs/connectors.md §1). Factories made with `defineAdapterFactory` get that
 * for free; a connector's own `create…Adapter` function, which tests and embedders call directly,
 * wraps its release in this so that it holds there too.
 */

/** `release` run at most once; every later call waits for the first and releases nothing. */
export function closeOnce(release: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= release());
}
