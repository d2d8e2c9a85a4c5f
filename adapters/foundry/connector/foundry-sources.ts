/**
 * Sources and records through the platform: `upsert-data-source`, `ingest-records` (one action,
 * or `applyBatch` for batches above the action's record limit, committed together) and
 * `erase-source-record`, with `DataSource` and `SourceRecord` objects read back.
 */
import type { SourcesAndRecordsV1 } from '../../../src/adapter/index.js';
import type { RecordResult } from '../../../src/contract/index.js';
import { DataSourceObject, ErasureNoticeObject, IngestBatchObject, SourceRecordObject } from '../model/objects.js';
import { MAX_RECORDS_PER_INGEST_ACTION, recordKey } from '../model/schema.js';
import { erasureReasons, ingestOutcomes } from '../model/vocabularies.js';
import { contractPage, newRequestKey, type FoundryContext } from './foundry-context.js';
import { known } from './mapping/known.js';
import { writeOnceConfirmed } from './receipts.js';
import { erasureFrom, recordParameter, sourceFrom, sourceParameters, storedRecordFrom } from './mapping/sources-and-records.js';

/** The sources-and-records concern. */
export function foundrySources({ api, receiptChecks }: FoundryContext): SourcesAndRecordsV1 {
  const noSource = (sourceId: string) => `No source "${sourceId}".`;
  const readSource = async (sourceId: string, signal?: AbortSignal) =>
    sourceFrom(await api.getObject('DataSource', sourceId, DataSourceObject, noSource(sourceId), signal));

  return {
    async putSource(sourceId, input, context) {
      // An upsert leaves the same state however often it is applied; after a lost answer the
      // source is read back, and it was created when its registration has never been modified.
      const readBack = async () => {
        const source = await api.findObject('DataSource', sourceId, DataSourceObject, context.signal);
        return source && source.displayName === input.name ? source.registeredAt === source.modifiedAt : undefined;
      };
      const created = await writeOnceConfirmed(
        {
          write: async () => {
            const edits = await api.applyAction('upsert-data-source', sourceParameters(sourceId, input), { signal: context.signal });
            // Edits not itemised: the registration read back tells whether it was new.
            return edits ? edits.some((edit) => edit.type === 'addObject' && edit.objectType === 'DataSource') : ((await readBack()) ?? false);
          },
          confirm: readBack,
        },
        receiptChecks,
        context.signal,
      );
      return { source: await readSource(sourceId, context.signal), created };
    },

    getSource: (sourceId, context) => readSource(sourceId, context.signal),

    listSources: (page, context) =>
      contractPage('listing sources', page, (token, size) => api.listObjects('DataSource', DataSourceObject, token, size, context.signal), sourceFrom),

    async ingestRecords(sourceId, records, context) {
      const batchKey = newRequestKey();
      const chunks: (typeof records)[] = [];
      for (let start = 0; start < records.length; start += MAX_RECORDS_PER_INGEST_ACTION)
        chunks.push(records.slice(start, start + MAX_RECORDS_PER_INGEST_ACTION));
      const keys = chunks.map((_, index) => `${batchKey}-${index}`);
      const parameterSets = chunks.map((chunk, index) => ({
        dataSource: sourceId,
        batchKey: keys[index],
        records: JSON.stringify(chunk.map((entry) => recordParameter(entry.record))),
      }));
      const readReceipts = () => Promise.all(keys.map((key) => api.getObject('IngestBatch', key, IngestBatchObject, undefined, context.signal)));
      // A batch is applied once: after a lost answer its receipt tells whether it was.
      const receipts = await writeOnceConfirmed(
        {
          write: async () => {
            // Receipts are read by the keys sent, so an answer with `largeScaleEdits` serves as well as itemised edits.
            const options = {
              notFound: noSource(sourceId),
              tooManyEdits: 'The platform refused the batch: it makes more edits than the platform allows; send fewer records.',
              signal: context.signal,
            };
            if (parameterSets.length === 1) await api.applyAction('ingest-records', parameterSets[0]!, options);
            else await api.applyActionBatch('ingest-records', parameterSets, options);
            return readReceipts();
          },
          confirm: async () => ((await api.findObject('IngestBatch', keys[0]!, IngestBatchObject, context.signal)) ? readReceipts() : undefined),
        },
        receiptChecks,
        context.signal,
      );
      const results: RecordResult[] = receipts.flatMap((receipt, chunkIndex) =>
        receipt.outcomes.map((outcome) => {
          const index = chunks[chunkIndex]![outcome.position]!.index;
          const errors = outcome.problems?.map((problem) => ({ path: problem.path.replace(/^\/records\/\d+/, `/records/${index}`), message: problem.message }));
          return { index, recordId: outcome.externalId ?? null, status: known(ingestOutcomes, outcome.outcome), ...(errors ? { errors } : {}) };
        }),
      );
      return { results };
    },

    async getRecord(sourceId, recordId, context) {
      const object = await api.getObject(
        'SourceRecord',
        recordKey(sourceId, recordId),
        SourceRecordObject,
        `No record "${recordId}" in source "${sourceId}".`,
        context.signal,
      );
      return storedRecordFrom(object);
    },

    async eraseRecord(sourceId, recordId, reason, context) {
      const noticeKey = newRequestKey();
      const parameters = { sourceRecord: recordKey(sourceId, recordId), erasureReason: erasureReasons.toSupplier(reason), noticeKey };
      const notice = await writeOnceConfirmed(
        {
          write: async () => {
            await api.applyAction('erase-source-record', parameters, { notFound: `No record "${recordId}" in source "${sourceId}".`, signal: context.signal });
            return api.getObject('ErasureNotice', noticeKey, ErasureNoticeObject, undefined, context.signal);
          },
          confirm: () => api.findObject('ErasureNotice', noticeKey, ErasureNoticeObject, context.signal),
        },
        receiptChecks,
        context.signal,
      );
      return erasureFrom(notice);
    },
  };
}
