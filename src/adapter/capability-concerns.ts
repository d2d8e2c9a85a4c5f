/**
 * Which parts of `PlumblineAdapterV1` each capability needs. An adapter that claims a capability
 * without the part that serves it would build, start and then answer 502 on every call; the
 * gateway checks this table when it is built, so such an adapter is refused at once, by name.
 */
import type { Capability } from '../contract/index.js';
import type { PlumblineAdapterV1 } from './adapter-v1.js';

/** The optional parts of the adapter interface. */
export type AdapterConcern = 'sources' | 'consolidation' | 'flagging' | 'runs' | 'portability';

/** Every capability with the concerns it needs; a new capability does not compile until it is listed here. */
export const capabilityConcerns: Readonly<Record<Capability, readonly AdapterConcern[]>> = {
  sources: ['sources'],
  'records.ingest': ['sources'],
  'records.read': ['sources'],
  'records.erase': ['sources'],
  consolidation: ['consolidation', 'runs'],
  'consolidation.overrides': ['consolidation'],
  'consolidation.candidates': ['consolidation'],
  'subjects.search': ['consolidation'],
  flagging: ['flagging', 'runs'],
  'flags.review': ['flagging'],
  'portability.export': ['portability'],
  'portability.import': ['portability', 'runs'],
  // Offered by the gateway, not by an adapter: it needs nothing of the primary.
  'parallel-run': [],
};

/** The claimed capabilities whose concerns the adapter lacks, each with what is missing. */
export function missingConcerns(adapter: PlumblineAdapterV1): { capability: Capability; concern: AdapterConcern }[] {
  return adapter.capabilities.flatMap((capability) =>
    (capabilityConcerns[capability] ?? []).filter((concern) => adapter[concern] === undefined).map((concern) => ({ capability, concern })),
  );
}

/**
 * Capabilities the gateway offers itself, never an adapter: an adapter that lists one (a connector
 * listing every capability it does not refuse, a remote gateway's meta read by the http adapter)
 * does not offer it here.
 */
export const gatewayCapabilities: readonly Capability[] = ['parallel-run'];
