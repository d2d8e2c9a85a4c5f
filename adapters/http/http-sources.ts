/** Sources and records over HTTP: each method is one contract call. */
import type { IndexedRecord, SourcesAndRecordsV1 } from '../../src/adapter/sources-v1.js';
import { Erasure, IngestResult, Source, StoredRecord, type RecordResult } from '../../src/contract/index.js';
import { pageSchema, withinPageLimit } from './answer-schemas.js';
import { failMalformed, parseSupplierAnswer } from '../../src/connectors/index.js';
import { remoteCall, type RemoteCaller } from './remote-caller.js';

const SourcePage = pageSchema(Source);

export function httpSources(caller: RemoteCaller, maxPageSize: number): SourcesAndRecordsV1 {
  const { client } = caller;
  const getSource: SourcesAndRecordsV1['getSource'] = (sourceId, context) =>
    caller.value({ operation: 'getSource', safety: 'idempotent', context }, Source, (init) =>
      client.GET('/v1/sources/{sourceId}', { params: { path: { sourceId } }, ...init }),
    );
  return {
    async putSource(sourceId, input, context) {
      const spec = { operation: 'putSource', safety: 'idempotent', context } as const;
      const answer = await caller.json(spec, (init) => client.PUT('/v1/sources/{sourceId}', { params: { path: { sourceId } }, body: input, ...init }));
      return { source: parseSupplierAnswer(remoteCall(spec.operation), Source, answer.body), created: answer.status === 201 };
    },

    getSource,

    listSources: (page, context) =>
      caller.value({ operation: 'listSources', safety: 'idempotent', context }, SourcePage, (init) =>
        client.GET('/v1/sources', { params: { query: withinPageLimit(page, maxPageSize) }, ...init }),
      ),

    // Safe to repeat, unlike other POSTs: by contract the same record id with the same content is
    // `unchanged`, and a batch is committed whole or not at all, so a retry cannot duplicate.
    async ingestRecords(sourceId, records, context) {
      // Every record was rejected before reaching us: the remote refuses an empty batch, so only
      // check the source exists (an unknown one is still a 404) and let the rejections answer.
      if (records.length === 0) {
        await getSource(sourceId, context);
        return { results: [] };
      }
      const result = await caller.value({ operation: 'ingestRecords', safety: 'idempotent', context }, IngestResult, (init) =>
        client.POST('/v1/sources/{sourceId}/records', { params: { path: { sourceId } }, body: { records: records.map((entry) => entry.record) }, ...init }),
      );
      return { results: toClientBatch(result.results, records) };
    },

    getRecord: (sourceId, recordId, context) =>
      caller.value({ operation: 'getRecord', safety: 'idempotent', context }, StoredRecord, (init) =>
        client.GET('/v1/sources/{sourceId}/records/{recordId}', { params: { path: { sourceId, recordId } }, ...init }),
      ),

    eraseRecord: (sourceId, recordId, reason, context) =>
      caller.value({ operation: 'eraseRecord', safety: 'idempotent', context }, Erasure, (init) =>
        client.DELETE('/v1/sources/{sourceId}/records/{recordId}', { params: { path: { sourceId, recordId }, query: { reason } }, ...init }),
      ),
  };
}

/**
 * The remote numbers results by position in the batch it was sent, which holds only the records
 * the gateway accepted; each result is moved back to its position in the client's batch, paths
 * included, and every record must have exactly one result.
 */
function toClientBatch(results: RecordResult[], sent: readonly IndexedRecord[]): RecordResult[] {
  const seen = new Set<number>();
  const mapped = results.map((result) => {
    const original = sent[result.index];
    if (!original || seen.has(result.index)) {
      failMalformed(remoteCall('ingestRecords'), `the remote answered a result for batch position ${result.index}, which was not sent or was answered twice`, [
        { path: '/results', message: `unexpected index ${result.index}` },
      ]);
    }
    seen.add(result.index);
    const errors = result.errors?.map((error) => ({ ...error, path: error.path.replace(/^\/records\/\d+/, `/records/${original.index}`) }));
    return { ...result, index: original.index, ...(errors ? { errors } : {}) };
  });
  if (mapped.length !== sent.length) {
    failMalformed(remoteCall('ingestRecords'), `the remote answered ${mapped.length} results for ${sent.length} records`, [
      { path: '/results', message: 'one result per record is required' },
    ]);
  }
  return mapped;
}
