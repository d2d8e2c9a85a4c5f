/**
 * Reads an ingest job's upload into rows and checks each one on its own, as the platform does:
 * a row that cannot be read or is not a valid entry is rejected with its reasons, and the others
 * go on. Rows are numbered from 1, in upload order.
 */
import { SourceRecord } from '../../../src/contract/index.js';
import type { IndexedRecord } from '../../../src/adapter/sources-v1.js';
import { readCsv, type ParsedRow } from '../model/csv.js';
import { recordFromEntry } from '../model/records.js';
import { caseworkFieldPath, type CaseworkErrorDetail } from './casework-errors.js';

export type UploadFormat = 'ndjson' | 'csv';

/** A rejected row, as an ingest job's results report it. */
export interface RejectedRow {
  readonly row: number;
  readonly entryRef: string | null;
  readonly details: CaseworkErrorDetail[];
}

function readNdjson(text: string): ParsedRow[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        const entry: unknown = JSON.parse(line);
        return entry !== null && typeof entry === 'object' && !Array.isArray(entry)
          ? { entry: entry as Record<string, unknown> }
          : { error: 'the line is not a JSON object' };
      } catch {
        return { error: 'the line is not valid JSON' };
      }
    });
}

/** Reads and checks an upload. Accepted records carry their row number minus one as `index`. */
export function checkUpload(format: UploadFormat, text: string): { accepted: IndexedRecord[]; rejected: RejectedRow[]; rows: number } {
  const parsed = format === 'csv' ? readCsv(text) : readNdjson(text);
  const accepted: IndexedRecord[] = [];
  const rejected: RejectedRow[] = [];
  parsed.forEach((row, index) => {
    if ('error' in row) {
      rejected.push({ row: index + 1, entryRef: null, details: [{ field: '', issue: row.error }] });
      return;
    }
    const result = SourceRecord.safeParse(recordFromEntry(row.entry));
    if (result.success) accepted.push({ index, record: result.data });
    else {
      const entryRef = typeof row.entry.entry_ref === 'string' ? row.entry.entry_ref : null;
      rejected.push({
        row: index + 1,
        entryRef,
        details: result.error.issues.map((issue) => ({ field: caseworkFieldPath(issue.path), issue: issue.message })),
      });
    }
  });
  return { accepted, rejected, rows: parsed.length };
}
