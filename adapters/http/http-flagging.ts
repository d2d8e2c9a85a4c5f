/** Flagging over HTTP: detectors, runs, flags and reviews, one contract call each. */
import type { FlaggingV1 } from '../../src/adapter/flagging-v1.js';
import type { RunsV1 } from '../../src/adapter/runs-v1.js';
import { Flag, Run } from '../../src/contract/index.js';
import { DetectorList, pageSchema, withinPageLimit } from './answer-schemas.js';
import type { RemoteCaller } from './remote-caller.js';

const FlagPage = pageSchema(Flag);

export function httpFlagging(caller: RemoteCaller, maxPageSize: number): FlaggingV1 {
  const { client } = caller;
  return {
    async listDetectors(context) {
      const list = await caller.value({ operation: 'listDetectors', safety: 'idempotent', context }, DetectorList, (init) =>
        client.GET('/v1/detectors', { ...init }),
      );
      return list.items;
    },

    // Not repeated once sent: a second run would be started (see the retry policy).
    startRun: (request, context) =>
      caller.value({ operation: 'startFlaggingRun', safety: 'unsafe', context }, Run, (init) => client.POST('/v1/flagging-runs', { body: request, ...init })),

    listFlags: (query, page, context) =>
      caller.value({ operation: 'listFlags', safety: 'idempotent', context }, FlagPage, (init) =>
        client.GET('/v1/flags', { params: { query: { ...withinPageLimit(page, maxPageSize), ...query } }, ...init }),
      ),

    getFlag: (flagId, context) =>
      caller.value({ operation: 'getFlag', safety: 'idempotent', context }, Flag, (init) =>
        client.GET('/v1/flags/{flagId}', { params: { path: { flagId } }, ...init }),
      ),

    // Not repeated once sent: the first attempt may have moved the flag on, and a repeat would be
    // refused as an invalid transition (409) although the review was recorded.
    reviewFlag: (flagId, review, context) =>
      caller.value({ operation: 'reviewFlag', safety: 'unsafe', context }, Flag, (init) =>
        client.POST('/v1/flags/{flagId}/reviews', { params: { path: { flagId } }, body: review, ...init }),
      ),
  };
}

export function httpRuns(caller: RemoteCaller): RunsV1 {
  return {
    getRun: (runId, context) =>
      caller.value({ operation: 'getRun', safety: 'idempotent', context }, Run, (init) =>
        caller.client.GET('/v1/runs/{runId}', { params: { path: { runId } }, ...init }),
      ),
  };
}
