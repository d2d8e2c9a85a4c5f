/**
 * Ingest throughput, measured on its own: the synthetic force's sources registered and every
 * record ingested in full batches through the contract, timing only the ingest calls. It needs
 * nothing but `sources` and `records.ingest`, so a bidder offering only those is measured too
 * (it used to be thrown away with the accuracy stage when consolidation was declined).
 */
import type { PlumblineClient } from '../../src/client/index.js';
import { IngestResult, MAX_BATCH_RECORDS, type RecordRef, type SourceRecord } from '../../src/contract/index.js';
import type { SyntheticForce } from '../../src/synth/index.js';
import { expectStatus, parseAs } from '../suite/answers.js';

export interface ThroughputScore {
  readonly records: number;
  /** Seconds inside the ingest calls, all batches together. */
  readonly ingestSeconds: number;
  readonly recordsPerSecond: number;
}

/** How many records, spread over the force, later stages read back (latency). */
const SAMPLE_SIZE = 60;

export async function scoreThroughput(client: PlumblineClient, force: SyntheticForce): Promise<{ score: ThroughputScore; sample: RecordRef[] }> {
  for (const { sourceId, ...registration } of force.sources) {
    expectStatus(await client.PUT('/v1/sources/{sourceId}', { params: { path: { sourceId } }, body: registration }), [200, 201], `registering ${sourceId}`);
  }
  let ingestSeconds = 0;
  let records = 0;
  const sample: RecordRef[] = [];
  let batch: SourceRecord[] = [];
  let batchSource = '';
  const flush = async () => {
    if (batch.length === 0) return;
    const started = performance.now();
    const answer = await client.POST('/v1/sources/{sourceId}/records', { params: { path: { sourceId: batchSource } }, body: { records: batch } });
    ingestSeconds += (performance.now() - started) / 1000;
    const result = parseAs(IngestResult, expectStatus(answer, 200, `ingesting ${batch.length} records`), 'IngestResult');
    if (result.counts.rejected > 0)
      throw new Error(
        `${result.counts.rejected} synthetic records were rejected, e.g. ${JSON.stringify(result.results.find((one) => one.status === 'rejected'))}`,
      );
    records += batch.length;
    sample.push(
      ...batch.filter((_, index) => index % Math.ceil(MAX_BATCH_RECORDS / 4) === 0).map((record) => ({ sourceId: batchSource, recordId: record.recordId })),
    );
    batch = [];
  };
  for (const { sourceId, record } of force.records() as Iterable<{ sourceId: string; record: SourceRecord }>) {
    if (sourceId !== batchSource || batch.length === MAX_BATCH_RECORDS) {
      await flush();
      batchSource = sourceId;
    }
    batch.push(record);
  }
  await flush();
  const spread = sample.filter((_, index) => index % Math.max(1, Math.floor(sample.length / SAMPLE_SIZE)) === 0).slice(0, SAMPLE_SIZE);
  return { score: { records, ingestSeconds: Math.round(ingestSeconds * 100) / 100, recordsPerSecond: records / ingestSeconds }, sample: spread };
}
