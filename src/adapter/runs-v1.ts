import type { Run } from '../contract/index.js';
import type { OperationContext } from './context.js';

/** Runs of every kind. */
export interface RunsV1 {
  /** Reads a run and its progress. Throws `not-found` for an unknown id. */
  getRun(runId: string, context: OperationContext): Promise<Run>;
}
