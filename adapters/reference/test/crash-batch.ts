/** The batches the crash test's child ingests: batch N holds records `B<N>-0` to `B<N>-<size-1>`. */
import type { IndexedRecord } from '../../../src/adapter/sources-v1.js';

export const BATCH_SIZE = 2000;

export function crashBatch(batch: number): IndexedRecord[] {
  return Array.from({ length: BATCH_SIZE }, (_, index) => ({
    index,
    record: {
      type: 'system_access' as const,
      recordId: `B${batch}-${index}`,
      occurredAt: '2026-03-02T22:14:05Z',
      identity: { username: `user${index % 300}` },
      system: 'PNC',
      action: 'view' as const,
      target: { kind: 'vehicle' as const },
      purpose: { kind: 'incident' as const, reference: `CAD-${batch}` },
    },
  }));
}
