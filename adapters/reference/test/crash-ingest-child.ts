/**
 * Child process for crash-durability.test.ts: ingests batches as fast as it can and prints
 * "ack N" after each batch is acknowledged, until it is killed.
 */
import { silentLogger } from '../../../src/adapter/factory.js';
import { createReferenceAdapter } from '../reference-adapter.js';
import { BATCH_SIZE, crashBatch } from './crash-batch.js';
import { context, sources } from './engine-fixture.js';

const adapter = createReferenceAdapter({ databasePath: process.argv[2] }, { logger: silentLogger });
await adapter.sources.putSource('audit', sources.audit, context);
for (let batch = 0; ; batch += 1) {
  const result = await adapter.sources.ingestRecords('audit', crashBatch(batch), context);
  if (result.results.length !== BATCH_SIZE) throw new Error('short batch');
  process.stdout.write(`ack ${batch}\n`);
}
