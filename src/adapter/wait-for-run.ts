/**
 * Waits for a run to finish through the public adapter interface, as any client of any adapter
 * would: poll `getRun` until the run has succeeded or failed.
 */
import type { Run } from '../contract/index.js';
import type { PlumblineAdapterV1 } from './adapter-v1.js';
import type { OperationContext } from './context.js';
import { PlumblineError } from './errors.js';

export interface WaitOptions {
  /** Give up after this long (default ten minutes). */
  readonly timeoutMs?: number;
  /** Called with every poll, for progress display. */
  readonly onProgress?: (run: Run) => void;
}

export async function waitForRun(adapter: PlumblineAdapterV1, runId: string, context: OperationContext, options: WaitOptions = {}): Promise<Run> {
  const runs = adapter.runs;
  if (!runs) throw new PlumblineError('capability-unsupported', `The "${adapter.identity.id}" adapter has no runs to wait for.`);
  const deadline = Date.now() + (options.timeoutMs ?? 600_000);
  let delay = 20;
  for (;;) {
    const run = await runs.getRun(runId, context);
    options.onProgress?.(run);
    if (run.status === 'succeeded' || run.status === 'failed') return run;
    if (Date.now() > deadline) throw new PlumblineError('upstream-timeout', `Run "${runId}" did not finish in time.`);
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 500);
  }
}
