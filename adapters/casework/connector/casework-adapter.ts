/**
 * The casework connector as a `PlumblineAdapterV1`: the contract's concerns over the platform's
 * resources. It claims every capability the platform offers and no other, so the gateway
 * answers 501 for the rest (person search: see casework-consolidation.ts).
 */
import { z } from 'zod';
import { capabilities, type Capability } from '../../../src/contract/index.js';
import type { AdapterIdentity, PlumblineAdapterV1 } from '../../../src/adapter/adapter-v1.js';
import type { RunsV1 } from '../../../src/adapter/runs-v1.js';
import { errors } from '../../../src/adapter/errors.js';
import { isRunJob, runFromJob } from '../model/jobs.js';
import type { CaseworkApi } from './casework-api.js';
import { BulkJobs, type JobTiming } from './bulk-jobs.js';
import type { UploadFormat } from './bulk-ingest.js';
import { caseworkSources } from './casework-sources.js';
import { caseworkConsolidation } from './casework-consolidation.js';
import { caseworkFlagging } from './casework-flagging.js';
import { caseworkPortability } from './casework-portability.js';

export const CASEWORK_CONNECTOR_VERSION = '0.1.0';

/**
 * What the casework platform cannot do: its integration API cannot search persons, and its person
 * matching merges or does not — it keeps no queue of possible matches to list.
 */
export const CASEWORK_UNSUPPORTED: readonly Capability[] = ['subjects.search', 'consolidation.candidates'];

export interface CaseworkConnectorOptions extends JobTiming {
  readonly uploadFormat: UploadFormat;
  /** Waits without blocking; tests may shorten it. */
  readonly sleep: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
  /** Releases what the connector holds (connections, a bundled simulator). */
  readonly release: () => Promise<void>;
}

export function createCaseworkConnector(api: CaseworkApi, options: CaseworkConnectorOptions): PlumblineAdapterV1 {
  const identity: AdapterIdentity = {
    id: 'casework',
    name: 'Casework connector',
    version: CASEWORK_CONNECTOR_VERSION,
    vendor: 'Plumbline (connector to the casework platform API v3)',
  };
  const jobs = new BulkJobs(api, options, options.sleep);
  const runs: RunsV1 = {
    async getRun(runId, context) {
      const job = await jobs.get(runId, context.signal);
      // Ingest and export jobs are the connector's own plumbing, not runs a client started.
      if (!isRunJob(job)) throw errors.notFound(`No run with id "${runId}".`);
      return runFromJob(job);
    },
  };
  return {
    specificationVersion: 'v1',
    identity,
    capabilities: capabilities.filter((capability) => !CASEWORK_UNSUPPORTED.includes(capability)),
    sources: caseworkSources(api, jobs, options.uploadFormat),
    consolidation: caseworkConsolidation(api, jobs),
    flagging: caseworkFlagging(api, jobs),
    runs,
    portability: caseworkPortability(jobs, identity),
    async checkReady() {
      await api.body({ method: 'GET', path: '/api/v3/status', operation: 'checking the platform status', answer: z.object({ status: z.literal('ok') }) });
    },
    close: options.release,
  };
}
