/**
 * Writes made once, confirmed patiently. After an action's outcome is lost (a timeout, a dropped
 * connection, a 5xx) the action may still be running on the platform — a Function can outlast the
 * connector's deadline — so one look for its receipt is not enough: the receipt is looked for
 * several times, with growing pauses, before the write is reported as not applied.
 */
import { setTimeout as sleepFor } from 'node:timers/promises';
import { writeOnce, type WriteOnceSteps } from '../../../src/connectors/index.js';

/** How often, and how patiently, a lost write's receipt is looked for. */
export interface ReceiptChecks {
  /** Looks in all (default 4). */
  readonly attempts: number;
  /** Pause before the second look in ms, doubled before each later one (default 1 000). */
  readonly firstPauseMs: number;
  /** Injectable for tests. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Four looks over about seven seconds. */
export const defaultReceiptChecks: ReceiptChecks = { attempts: 4, firstPauseMs: 1_000 };

/** `writeOnce`, whose confirmation looks up to `checks.attempts` times before giving up. */
export function writeOnceConfirmed<Result>(steps: WriteOnceSteps<Result>, checks: ReceiptChecks, signal?: AbortSignal): Promise<Result> {
  const sleep = checks.sleep ?? ((ms: number, abortSignal?: AbortSignal) => sleepFor(ms, undefined, { signal: abortSignal }));
  return writeOnce({
    write: steps.write,
    confirm: async () => {
      for (let look = 1; ; look += 1) {
        const found = await steps.confirm();
        if (found !== undefined || look >= checks.attempts || signal?.aborted) return found;
        await sleep(checks.firstPauseMs * 2 ** (look - 1), signal);
      }
    },
  });
}
