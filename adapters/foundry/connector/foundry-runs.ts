/** Runs through the platform: each run is a `PipelineRun` object, read afresh on every poll. */
import type { RunsV1 } from '../../../src/adapter/index.js';
import { PipelineRunObject } from '../model/objects.js';
import type { FoundryContext } from './foundry-context.js';
import { runFrom } from './mapping/flagging.js';

/** The runs concern. */
export function runsOf({ api }: FoundryContext): RunsV1 {
  return {
    getRun: async (runId, context) => runFrom(await api.getObject('PipelineRun', runId, PipelineRunObject, `No run "${runId}".`, context.signal)),
  };
}
