/**
 * Which state of the platform a cache belongs to. Every action bumps the ledger's generation, but
 * runs an action starts (consolidation, flagging, import) go on changing the engine after it
 * answers; so a cached view is tied to a generation only when the engine had no run in progress,
 * and otherwise is not reused at all.
 */
import type { ReferenceAdapter } from '../../reference/index.js';
import type { SimulatorLedger } from './ledger.js';

/** The ledger's generation when the engine runs nothing, else `undefined` (nothing may be cached). */
export async function settledGeneration(engine: ReferenceAdapter, ledger: SimulatorLedger): Promise<number | undefined> {
  const generation = ledger.generation;
  let idle = false;
  const settled = engine.idle().then(() => {
    idle = true;
  });
  // An idle engine's `idle()` settles within microtasks; one turn of the event loop tells them apart.
  await new Promise<void>((resolve) => setImmediate(resolve));
  void settled;
  return idle && ledger.generation === generation ? generation : undefined;
}
