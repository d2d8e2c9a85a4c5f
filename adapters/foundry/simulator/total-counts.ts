/**
 * The `totalCount` every listing and search answers with. The engine has no count, so a listing's
 * items are counted by paging through its summaries once per settled state of the platform
 * (`state-version.ts`) and the count is reused until an action or a run changes that state.
 */
import type { Page } from '../../../src/contract/primitives.js';
import type { ReferenceAdapter } from '../../reference/index.js';
import type { SimulatorLedger } from './ledger.js';
import { settledGeneration } from './state-version.js';

/** Reads one page of an engine listing. */
export type EngineListing = (cursor: string | undefined, limit: number) => Promise<Page<unknown>>;

async function countAll(read: EngineListing): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await read(cursor, 500);
    count += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return count;
}

/** Counts of listings, by a key naming the listing and its query. */
export class TotalCounts {
  private readonly counts = new Map<string, Promise<number>>();
  private generation: number | undefined;

  constructor(
    private readonly engine: ReferenceAdapter,
    private readonly ledger: SimulatorLedger,
  ) {}

  /** How many items `read` lists in all. */
  async of(key: string, read: EngineListing): Promise<number> {
    const generation = await settledGeneration(this.engine, this.ledger);
    if (generation === undefined) return countAll(read);
    if (generation !== this.generation) {
      this.counts.clear();
      this.generation = generation;
    }
    let count = this.counts.get(key);
    if (!count) {
      count = countAll(read);
      this.counts.set(key, count);
      count.catch(() => this.counts.delete(key));
    }
    return count;
  }
}
