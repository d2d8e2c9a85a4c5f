/**
 * Portability over casework archive jobs. Casework exports and imports the open Plumbline
 * exchange format (a procurement requirement), so lines pass through; each exported line is still
 * checked, because a malformed archive is exactly what must not reach a client as if it were good.
 */
import { ExportLine } from '../../../src/contract/index.js';
import type { AdapterIdentity } from '../../../src/adapter/adapter-v1.js';
import type { PortabilityV1 } from '../../../src/adapter/portability-v1.js';
import { failMalformed } from '../../../src/connectors/index.js';
import { runFromJob } from '../model/jobs.js';
import { CASEWORK_ADAPTER_ID, type BulkJobs } from './bulk-jobs.js';

export function caseworkPortability(jobs: BulkJobs, identity: AdapterIdentity): PortabilityV1 {
  return {
    async *exportAll(context) {
      const job = await jobs.waitUntilComplete(await jobs.create('archive_export', {}, context.signal), context.signal);
      let position = 0;
      for await (const row of jobs.resultRows(job, context.signal)) {
        position += 1;
        const line = ExportLine.safeParse((row as { archive_line?: unknown } | null)?.archive_line);
        if (!line.success)
          failMalformed({ adapter: CASEWORK_ADAPTER_ID, operation: 'exporting the archive' }, `casework archive line ${position} is not a valid export line`);
        // The header names who exported: this connector, whatever engine the platform runs.
        yield line.data.kind === 'header' ? { ...line.data, adapter: identity } : line.data;
      }
    },

    async startImport(lines, context) {
      // The whole stream is read before anything is sent: a stream that fails part way sends nothing.
      const body: string[] = [];
      for await (const line of lines) body.push(JSON.stringify(line));
      const job = await jobs.create('archive_import', {}, context.signal);
      await jobs.upload(job.job_id, body.join('\n') + '\n', 'application/x-ndjson', context.signal);
      return runFromJob(await jobs.close(job.job_id, context.signal));
    },
  };
}
