/**
 * The primary as the gateway serves it: the same adapter, claiming the `parallel-run` capability
 * exactly when the gateway runs a candidate beside it, so that `GET /v1/meta` lists it and
 * `GET /v1/parallel-run` passes the capability check. An adapter that lists it itself (a remote
 * gateway read through the http adapter) does not offer it here: it is the gateway's own.
 */
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';

export function servedAdapter(primary: PlumblineAdapterV1, offersParallelRun: boolean): PlumblineAdapterV1 {
  if (primary.capabilities.includes('parallel-run') === offersParallelRun) return primary;
  const others = primary.capabilities.filter((capability) => capability !== 'parallel-run');
  return {
    specificationVersion: primary.specificationVersion,
    identity: primary.identity,
    capabilities: offersParallelRun ? [...others, 'parallel-run'] : others,
    sources: primary.sources,
    consolidation: primary.consolidation,
    flagging: primary.flagging,
    runs: primary.runs,
    portability: primary.portability,
    checkReady: () => primary.checkReady(),
    close: () => primary.close(),
  };
}
