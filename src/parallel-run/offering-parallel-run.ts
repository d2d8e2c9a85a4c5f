/**
 * The primary as the gateway serves it during a parallel run: the same adapter, claiming the
 * `parallel-run` capability as well, so that `GET /v1/meta` lists it and `GET /v1/parallel-run`
 * passes the capability check (without a candidate it answers 501 like any unclaimed capability).
 */
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';

export function offeringParallelRun(primary: PlumblineAdapterV1): PlumblineAdapterV1 {
  return {
    specificationVersion: primary.specificationVersion,
    identity: primary.identity,
    capabilities: [...primary.capabilities.filter((capability) => capability !== 'parallel-run'), 'parallel-run'],
    sources: primary.sources,
    consolidation: primary.consolidation,
    flagging: primary.flagging,
    runs: primary.runs,
    portability: primary.portability,
    checkReady: () => primary.checkReady(),
    close: () => primary.close(),
  };
}
