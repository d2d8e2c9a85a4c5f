/**
 * The floor every pipeline phase is compared with (`plumbline bench`, issue 17): what it costs
 * only to turn each record's JSON text into a checked record, JSON.parse then the contract's
 * record schema, as the gateway does for every record it is sent. No engine can ingest,
 * consolidate or flag a record for less than reading it once, so a phase's ratio to this floor
 * says how many "reads" of the data it costs, and stays meaningful on a noisy, shared machine
 * because both are measured in the same run.
 */
import { SourceRecord } from '../contract/index.js';

/** Parse-and-validate time accumulated over batches; each batch's text is made untimed. */
export class ParseValidateFloor {
  private elapsedMilliseconds = 0;

  /**
   * Times JSON.parse and the schema check of each record's text. The text is made here, untimed,
   * standing in for bytes read from a file or a socket (the bench generates records in memory).
   */
  measure(records: readonly unknown[]): void {
    const texts = records.map((record) => JSON.stringify(record));
    const started = performance.now();
    for (const text of texts) {
      // A synthetic record that fails the contract would make every figure meaningless.
      if (!SourceRecord.safeParse(JSON.parse(text)).success) throw new Error(`A synthetic record breaks the contract: ${text.slice(0, 200)}`);
    }
    this.elapsedMilliseconds += performance.now() - started;
  }

  get seconds(): number {
    return this.elapsedMilliseconds / 1000;
  }
}

/** Each phase's time over the floor: 1 would be a phase as cheap as reading its records once. */
export function ratiosToFloor<Phases extends Record<string, number>>(floorSeconds: number, phases: Phases): { [Name in keyof Phases]: number } {
  return Object.fromEntries(Object.entries(phases).map(([name, seconds]) => [name, floorSeconds > 0 ? seconds / floorSeconds : 0])) as {
    [Name in keyof Phases]: number;
  };
}
