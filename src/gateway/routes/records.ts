import { setImmediate } from 'node:timers/promises';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { IndexedRecord } from '../../adapter/sources-v1.js';
import { PlumblineError } from '../../adapter/errors.js';
import {
  Erasure,
  ErasureQuery,
  IngestBatch,
  IngestResult,
  jsonPointer,
  MAX_BATCH_RECORDS,
  MAX_RECORD_ERRORS,
  SourceRecord,
  StoredRecord,
  type RecordResult,
} from '../../contract/index.js';
import { containerCount } from '../json-density.js';
import { adapterProblems, bodyProblems, concern, problemResponses, RecordPath, SourcePath } from '../route-helpers.js';

/**
 * The envelope checked before any record is read: each record is then checked on its own. The
 * array's length is checked by the handler (413 past the batch size) before anything walks its
 * items: a 32 MiB body of ten million `{}` cost seconds when validation walked them first.
 */
const BatchEnvelope = z.object({ records: z.unknown() });

/** Room for a full batch of large records; anything bigger is refused with 413 before parsing. */
const INGEST_BODY_LIMIT = 32 * 1024 * 1024;

/**
 * The most objects and arrays a batch may open: 200 a record on average, far more than records
 * hold (a record opens a handful; its extensions may open more). Past this the body is refused
 * with 413 before it is parsed (see json-density.ts).
 */
export const MAX_BATCH_CONTAINERS = MAX_BATCH_RECORDS * 200;

/** Records checked between two turns of the event loop (a few milliseconds of work). */
const VALIDATION_SLICE = 250;

/** Records: ingest by batch with a result per record, read one, erase one. */
const recordRoutes: FastifyPluginAsyncZod = async (app) => {
  // In this plugin only (the record routes): JSON is counted before it is parsed, then parsed by
  // Fastify's own parser (which refuses prototype poisoning).
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: INGEST_BODY_LIMIT }, (request, body, done) => {
    const containers = containerCount(body as Buffer);
    if (containers > MAX_BATCH_CONTAINERS) {
      const detail = `A batch opens at most ${MAX_BATCH_CONTAINERS.toLocaleString('en-GB')} objects and arrays; this body opens up to ${containers.toLocaleString('en-GB')}. Send smaller batches.`;
      done(new PlumblineError('payload-too-large', detail), undefined);
      return;
    }
    // Fastify's default JSON parser is synchronous and answers through `done`; `void` because its
    // type is a union with the promise-returning parser form, which this one is not.
    void parseJson(request, (body as Buffer).toString('utf8'), done);
  });

  app.post(
    '/v1/sources/:sourceId/records',
    {
      config: { operation: 'ingestRecords' },
      bodyLimit: INGEST_BODY_LIMIT,
      // The documented body is the full batch; validation only checks the envelope here so that
      // one bad record is rejected on its own instead of failing the whole batch.
      validatorCompiler: (route) =>
        route.httpPart === 'body' ? validatorCompiler({ ...route, schema: BatchEnvelope } as never) : validatorCompiler(route as never),
      schema: {
        operationId: 'ingestRecords',
        tags: ['records'],
        summary: 'Ingest a batch of records',
        description: [
          `Up to ${MAX_BATCH_RECORDS} records from one source. Each record is validated on its own: an invalid record is rejected with its errors, the others go on.`,
          'Every accepted record is committed together, durably, before the answer; if that fails, none is.',
          'Idempotent: the same record id with the same content is `unchanged`. A larger batch is refused with 413.',
        ].join(' '),
        params: SourcePath,
        body: IngestBatch,
        response: { 200: IngestResult, ...problemResponses(404, ...adapterProblems, ...bodyProblems) },
      },
    },
    async (request) => {
      const { records } = request.body as unknown as { records: unknown };
      if (!Array.isArray(records)) {
        throw new PlumblineError('validation-failed', 'Invalid body: /body/records must be an array of records.', {
          errors: [{ path: '/body/records', message: 'expected array' }],
        });
      }
      if (records.length > MAX_BATCH_RECORDS) {
        throw new PlumblineError(
          'payload-too-large',
          `A batch holds at most ${MAX_BATCH_RECORDS} records; this one has ${records.length}. Split it into smaller batches.`,
        );
      }
      if (records.length === 0) {
        throw new PlumblineError('validation-failed', 'A batch needs at least one record.', { errors: [{ path: '/body/records', message: 'empty' }] });
      }

      const valid: IndexedRecord[] = [];
      const rejected: RecordResult[] = [];
      for (const [index, candidate] of records.entries()) {
        // A full batch takes tens of milliseconds to check: other requests get their turn between slices.
        if (index > 0 && index % VALIDATION_SLICE === 0) await setImmediate();
        const parsed = SourceRecord.safeParse(candidate);
        if (parsed.success) {
          valid.push({ index, record: parsed.data });
          continue;
        }
        const recordId = (candidate as { recordId?: unknown } | null)?.recordId;
        rejected.push({
          index,
          recordId: typeof recordId === 'string' ? recordId : null,
          status: 'rejected',
          errors: recordErrors(parsed.error.issues, index),
        });
      }

      const adapter = app.adapter;
      // A batch whose every record was rejected leaves nothing to store: an adapter is never handed
      // an empty batch (a connector would send one on, and its supplier refuse it). The source must
      // still exist, as for any batch (404 otherwise).
      const sources = concern(adapter, 'sources');
      if (valid.length === 0) await sources.getSource(request.params.sourceId, request.operationContext);
      const { results } = valid.length > 0 ? await sources.ingestRecords(request.params.sourceId, valid, request.operationContext) : { results: [] };
      return assembleIngestResult(request.params.sourceId, records.length, valid, rejected, results, adapter.identity.id);
    },
  );

  app.get(
    '/v1/sources/:sourceId/records/:recordId',
    {
      config: { operation: 'getRecord' },
      schema: {
        operationId: 'getRecord',
        tags: ['records'],
        summary: 'Read a record',
        params: RecordPath,
        response: { 200: StoredRecord, ...problemResponses(404, ...adapterProblems) },
      },
    },
    async (request) => concern(app.adapter, 'sources').getRecord(request.params.sourceId, request.params.recordId, request.operationContext),
  );

  app.delete(
    '/v1/sources/:sourceId/records/:recordId',
    {
      config: { operation: 'eraseRecord' },
      schema: {
        operationId: 'eraseRecord',
        tags: ['records'],
        summary: 'Erase a record and what was derived from it',
        params: RecordPath,
        querystring: ErasureQuery,
        response: { 200: Erasure, ...problemResponses(404, ...adapterProblems, ...bodyProblems) },
      },
    },
    async (request) =>
      concern(app.adapter, 'sources').eraseRecord(request.params.sourceId, request.params.recordId, request.query.reason, request.operationContext),
  );
};

/**
 * Merges the gateway's rejections with the adapter's results, checking that the adapter answered
 * for every record it was given, once: a record silently dropped would be data lost.
 */
function assembleIngestResult(
  sourceId: string,
  total: number,
  valid: IndexedRecord[],
  rejected: RecordResult[],
  adapterResults: RecordResult[],
  adapterId: string,
): IngestResult {
  const byIndex = new Array<RecordResult | undefined>(total);
  for (const result of rejected) byIndex[result.index] = result;
  const expected = new Set(valid.map((entry) => entry.index));
  for (const result of adapterResults) {
    if (!expected.has(result.index) || byIndex[result.index]) {
      throw violation(adapterId, `answered for record index ${result.index}, which it was not given or answered twice`);
    }
    byIndex[result.index] = result;
  }
  const missing = valid.find((entry) => !byIndex[entry.index]);
  if (missing) throw violation(adapterId, `gave no result for record index ${missing.index} ("${missing.record.recordId}")`);

  const results = byIndex as RecordResult[];
  const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const result of results) counts[result.status] += 1;
  return { sourceId, counts, results };
}

/** A rejected record's errors, one per field (the first few): an unknown field is named by its own path. */
function recordErrors(issues: readonly z.core.$ZodIssue[], index: number) {
  return issues
    .slice(0, MAX_RECORD_ERRORS)
    .flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({
            path: jsonPointer(['records', index, ...issue.path, key]),
            message: 'not a field of the contract; a source’s own additions go under `extensions` as x-<vendor>-<name>',
          }))
        : [{ path: jsonPointer(['records', index, ...issue.path]), message: issue.message }],
    )
    .slice(0, MAX_RECORD_ERRORS);
}

function violation(adapterId: string, what: string) {
  return new PlumblineError('adapter-contract-violation', `The "${adapterId}" adapter ${what}.`, {
    adapter: adapterId,
    errors: [{ path: '/results', message: what }],
  });
}

export default recordRoutes;
