/**
 * Sources and records over casework systems and entries. Registration and deletion carry
 * idempotency keys, so that a retry after a lost answer reports the first outcome (201, or the
 * erasure) instead of a misleading second one (200, or 404).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { SourcesAndRecordsV1 } from '../../../src/adapter/sources-v1.js';
import { parseSupplierAnswer } from '../../../src/connectors/index.js';
import { SourceRecord, type StoredRecord } from '../../../src/contract/index.js';
import { CaseworkSystem, sourceFromSystem, systemInputFromRegistration } from '../model/sources.js';
import { recordFromEntry } from '../model/records.js';
import { deletionReasons } from '../model/vocabularies.js';
import type { CaseworkApi } from './casework-api.js';
import type { BulkJobs } from './bulk-jobs.js';
import { ingestThroughJob, type UploadFormat } from './bulk-ingest.js';
import { readPage } from './list-pages.js';

const StoredEntry = z.object({ system_ref: z.string(), received_at: z.string(), person_ref: z.string().nullable(), entry: z.record(z.string(), z.unknown()) });
const Deletion = z.object({ system_ref: z.string(), entry_ref: z.string(), reason: deletionReasons.supplierSchema, deleted_at: z.string() });

const systemPath = (sourceId: string) => `/api/v3/systems/${encodeURIComponent(sourceId)}`;
const entryPath = (sourceId: string, recordId: string) => `${systemPath(sourceId)}/entries/${encodeURIComponent(recordId)}`;

export function caseworkSources(api: CaseworkApi, jobs: BulkJobs, uploadFormat: UploadFormat): SourcesAndRecordsV1 {
  return {
    async putSource(sourceId, input, context) {
      const answer = await api.call({
        method: 'PUT',
        path: systemPath(sourceId),
        operation: 'registering a system',
        json: systemInputFromRegistration(input),
        idempotencyKey: randomUUID(),
        answer: CaseworkSystem,
        signal: context.signal,
      });
      return { source: sourceFromSystem(answer.body), created: answer.status === 201 };
    },

    async getSource(sourceId, context) {
      return sourceFromSystem(
        await api.body({
          method: 'GET',
          path: systemPath(sourceId),
          operation: 'reading a system',
          clientFaults: [404],
          answer: CaseworkSystem,
          signal: context.signal,
        }),
      );
    },

    listSources: (page, context) =>
      readPage(api, { path: '/api/v3/systems', operation: 'listing systems', item: CaseworkSystem, signal: context.signal }, page, sourceFromSystem),

    async ingestRecords(sourceId, records, context) {
      return { results: await ingestThroughJob(jobs, sourceId, records, uploadFormat, context.signal) };
    },

    async getRecord(sourceId, recordId, context): Promise<StoredRecord> {
      const stored = await api.body({
        method: 'GET',
        path: entryPath(sourceId, recordId),
        operation: 'reading an entry',
        clientFaults: [404],
        answer: StoredEntry,
        signal: context.signal,
      });
      const record = parseSupplierAnswer({ adapter: 'casework', operation: 'reading an entry' }, SourceRecord, recordFromEntry(stored.entry));
      return { sourceId: stored.system_ref, ingestedAt: stored.received_at, subjectId: stored.person_ref, record };
    },

    async eraseRecord(sourceId, recordId, reason, context) {
      const deletion = await api.body({
        method: 'DELETE',
        path: entryPath(sourceId, recordId),
        operation: 'deleting an entry',
        clientFaults: [404],
        query: { reason: deletionReasons.toSupplier(reason) },
        idempotencyKey: randomUUID(),
        answer: Deletion,
        signal: context.signal,
      });
      return {
        sourceId: deletion.system_ref,
        recordId: deletion.entry_ref,
        reason: deletionReasons.toContract(deletion.reason),
        erasedAt: deletion.deleted_at,
      };
    },
  };
}
