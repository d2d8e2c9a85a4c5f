/**
 * Ingest through one casework bulk job per batch. The platform works a job's rows in one
 * transaction, so the batch's accepted records are committed together or not at all; rows are
 * numbered from 1 in upload order, which is how each result finds its record again. The answer
 * must hold exactly one result per row: a row missing or answered twice is a 502, never a guess.
 */
import { z } from 'zod';
import type { IndexedRecord } from '../../../src/adapter/sources-v1.js';
import type { RecordResult } from '../../../src/contract/index.js';
import { failMalformed, parseSupplierAnswer } from '../../../src/connectors/index.js';
import { writeCsv } from '../model/csv.js';
import { entryFromRecord } from '../model/records.js';
import { rowOutcomes } from '../model/vocabularies.js';
import { CASEWORK_ADAPTER_ID, type BulkJobs } from './bulk-jobs.js';
import { contractPointer } from './casework-api.js';

export type UploadFormat = 'ndjson' | 'csv';

const ResultRow = z.object({
  row: z.number().int().min(1),
  entry_ref: z.string().nullable(),
  outcome: rowOutcomes.supplierSchema,
  errors: z.array(z.object({ field: z.string(), issue: z.string() })).optional(),
});

/** Uploads in the configured format. */
function uploadBody(records: readonly IndexedRecord[], format: UploadFormat): { body: string; contentType: string } {
  const entries = records.map(({ record }) => entryFromRecord(record));
  return format === 'csv'
    ? { body: writeCsv(entries), contentType: 'text/csv' }
    : { body: entries.map((entry) => JSON.stringify(entry)).join('\n') + '\n', contentType: 'application/x-ndjson' };
}

export async function ingestThroughJob(
  jobs: BulkJobs,
  sourceId: string,
  records: readonly IndexedRecord[],
  format: UploadFormat,
  signal?: AbortSignal,
): Promise<RecordResult[]> {
  if (records.length === 0) return [];
  const created = await jobs.create('ingest', { systemRef: sourceId }, signal);
  const { body, contentType } = uploadBody(records, format);
  await jobs.upload(created.job_id, body, contentType, signal);
  const closed = await jobs.close(created.job_id, signal);
  const finished = await jobs.waitUntilComplete(closed, signal);
  const call = { adapter: CASEWORK_ADAPTER_ID, operation: `reading the results of ingest job ${finished.job_id}` };
  const rows = (await jobs.results(finished, signal)).map((row, position) => parseSupplierAnswer(call, ResultRow, row, ['rows', position]));

  const results = new Array<RecordResult | undefined>(records.length);
  for (const row of rows) {
    const position = row.row - 1;
    if (position >= records.length || results[position]) {
      failMalformed(call, `casework answered row ${row.row} ${position >= records.length ? 'which was never sent' : 'twice'}`);
    }
    const { index, record } = records[position];
    if (row.entry_ref !== null && row.entry_ref !== record.recordId) {
      failMalformed(call, `casework answered row ${row.row} for another entry than the one sent`);
    }
    const status = rowOutcomes.toContract(row.outcome);
    results[position] = {
      index,
      recordId: record.recordId,
      status,
      ...(status === 'rejected'
        ? { errors: (row.errors ?? []).map((error) => ({ path: contractPointer(error.field, ['records', String(index)]), message: error.issue })) }
        : {}),
    };
  }
  const missing = results.findIndex((result) => result === undefined);
  if (missing >= 0) failMalformed(call, `casework answered no result for row ${missing + 1}`);
  return results as RecordResult[];
}
