import type { ExportLine, Run } from '../contract/index.js';
import type { OperationContext } from './context.js';

/**
 * Portability (capabilities `portability.export`, `portability.import`): how the force leaves a
 * supplier without losing anything.
 */
export interface PortabilityV1 {
  /**
   * Streams the complete state: a `header` line, then every source, record, override, subject and
   * flag (with its reviews), then an `end` line with the count of each kind.
   */
  exportAll(context: OperationContext): AsyncIterable<ExportLine>;

  /**
   * Imports an export into an empty adapter. Consumes the whole stream before resolving, so that
   * the data is held once the client has its answer; if the stream fails part way, nothing is
   * applied. Returns the import run. Throws `conflict` when the adapter already holds data.
   */
  startImport(lines: AsyncIterable<ExportLine>, context: OperationContext): Promise<Run>;
}
