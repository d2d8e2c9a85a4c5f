/**
 * Puts a test's own little dataset into the target: one source per source kind under the test's
 * unique prefix, then every record into the source of its type.
 */
import type { RecordRef, SourceKind, SourceRecord } from '../../src/contract/index.js';
import { bySourceKind, sourceKindOf } from './record-builders.js';
import type { TestContext } from './test-context.js';

export interface LoadedDataset {
  /** The source a record type's records went to. */
  sourceIdOf(kind: SourceKind): string;
  /** Where a record of the dataset is held. */
  ref(record: SourceRecord): RecordRef;
}

export async function loadDataset(context: TestContext, records: readonly SourceRecord[]): Promise<LoadedDataset> {
  const sourceIdOf = (kind: SourceKind) => context.ids.of(kind.replaceAll('_', '-'));
  for (const [kind, batch] of bySourceKind(records)) {
    await context.api.putSource(sourceIdOf(kind), kind);
    await context.api.ingest(sourceIdOf(kind), batch);
  }
  return { sourceIdOf, ref: (record) => ({ sourceId: sourceIdOf(sourceKindOf[record.type]), recordId: record.recordId }) };
}
