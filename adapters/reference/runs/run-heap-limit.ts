/**
 * The run worker's heap limit. V8 grows a heap lazily towards its limit, which by default is sized
 * from the machine's memory, so on a large machine a flagging run over a whole force left the
 * worker holding twice what it needed (peak 2.2 GB at 45,000 people; 1.5 GB with 1 GiB). A limit
 * also turns running out of memory into a failed run with a reason, where an unbounded thread
 * would take the whole gateway down with it. The thread is shared by the process, so the limit is
 * the process's: `PLUMBLINE_RUN_HEAP_MB`.
 */
import { ConfigError } from '../../../src/adapter/config-error.js';

export const RUN_HEAP_VARIABLE = 'PLUMBLINE_RUN_HEAP_MB';

/** Enough for a whole force of about 45,000 people (3.3 million records) with room to spare. */
export const DEFAULT_RUN_HEAP_MB = 1024;

/** The limit in MiB from the environment; a bad value is refused with a message naming the variable. */
export function runHeapLimitMb(environment: NodeJS.ProcessEnv = process.env): number {
  const raw = environment[RUN_HEAP_VARIABLE];
  if (raw === undefined || raw.trim() === '') return DEFAULT_RUN_HEAP_MB;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 32 || value > 1_048_576) {
    throw new ConfigError([`${RUN_HEAP_VARIABLE} must be a whole number of MiB from 32 to 1048576, not "${raw}".`]);
  }
  return value;
}

/** A run that outgrew the run worker's heap: its message says what to change, and goes to the run's problem. */
export class RunMemoryExceeded extends Error {
  override readonly name = 'RunMemoryExceeded';
}

/** The reason a run fails when its thread died: for running out of memory, what to change. */
export function threadFailure(error: Error & { code?: string }, limitMb: number): Error {
  if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') return error;
  return new RunMemoryExceeded(
    `The run needed more memory than the run worker's limit of ${limitMb} MiB. Nothing it did was applied. ` +
      `Raise ${RUN_HEAP_VARIABLE} (a force of about 45,000 people needs less than the default ${DEFAULT_RUN_HEAP_MB}; twice the size, about twice the memory) and run it again.`,
  );
}
