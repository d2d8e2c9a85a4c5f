/**
 * The floor the gateway's subject reads are measured against (`plumbline bench`,
 * `http.readOverheadRatio`): the same subject JSON, built by SQLite in one statement straight from
 * the reference store, with nothing the gateway adds (no token, roles, justification, audit entry,
 * answer validation or catch-up check). It reads the store's tables directly, so it lives with the
 * store whose schema it knows; nothing but the benchmark uses it.
 */
import Database from 'better-sqlite3';
import { recordTypeCodes } from './record-type-codes.js';

/** A read-only connection answering subjects as JSON text; `undefined` for an unknown id. */
export interface DirectSubjectReader {
  read(subjectId: string): string | undefined;
  close(): void;
}

const typeName = `CASE r.type_code ${Object.entries(recordTypeCodes)
  .map(([name, code]) => `WHEN ${code} THEN '${name}'`)
  .join(' ')} END`;

// Records in the order the engine answers them: by time, then source id, then record id. The
// time is formatted by SQLite (`%f` is seconds to the millisecond), as Date#toISOString would.
const subjectJson = `
  SELECT json_object(
    'subjectId', s.subject_id,
    'canonicalIdentity', json(s.canonical_identity),
    'recordCount', s.record_count,
    'updatedAt', s.updated_at,
    'formerIds', (SELECT json_group_array(former_id) FROM (SELECT former_id FROM subject_redirects WHERE subject_id = s.subject_id ORDER BY former_id)),
    'records', (SELECT json_group_array(json(record)) FROM (
      SELECT json_object('sourceId', src.source_id, 'recordId', r.record_id, 'type', ${typeName},
                         'occurredAt', strftime('%Y-%m-%dT%H:%M:%fZ', r.occurred_ms / 1000.0, 'unixepoch')) AS record
      FROM subject_nodes sn JOIN records_by_node r ON r.node_id = sn.node_id JOIN sources src ON src.seq = r.source_seq
      WHERE sn.subject_id = s.subject_id
      ORDER BY r.occurred_ms, src.source_id, r.record_id))
  ) AS body
  FROM subjects s WHERE s.subject_id = ?`;

/** Opens the reference store at `databasePath` read-only for direct subject reads. */
export function openDirectSubjectReader(databasePath: string): DirectSubjectReader {
  const database = new Database(databasePath, { readonly: true, fileMustExist: true });
  const statement = database.prepare<[string], { body: string }>(subjectJson);
  return {
    read: (subjectId) => statement.get(subjectId)?.body,
    close: () => database.close(),
  };
}
