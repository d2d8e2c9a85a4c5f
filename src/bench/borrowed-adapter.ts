/**
 * An adapter lent to a gateway for a measurement: closing the gateway closes its adapter, and the
 * benchmark still needs it afterwards, so the loan's `close` does nothing.
 */
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';

export function borrowAdapter(adapter: PlumblineAdapterV1): PlumblineAdapterV1 {
  return Object.assign(Object.create(adapter) as PlumblineAdapterV1, { close: async () => {} });
}
