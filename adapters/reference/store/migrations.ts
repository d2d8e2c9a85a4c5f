/**
 * The embedded store's schema, versioned with SQLite's `user_version`. Each migration runs once, in
 * order, inside a transaction; a database newer than this code is refused rather than guessed at.
 *
 * Consolidation works on identity nodes rather than records: records of one source with the same
 * recorded identity (holding a strong identifier) share a node, so millions of records resolve as
 * a few hundred thousand nodes. Subjects are sets of nodes.
 */
import type { Database } from 'better-sqlite3';
import { recordTypeCodes } from './record-type-codes.js';

type Migration = (database: Database) => void;

const migrations: Migration[] = [
  /* 1: everything v1 needs */ (database) => {
    database.exec(`
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  CREATE TABLE sources (
    seq INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    registration TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE identity_nodes (
    node_id INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL,
    node_key TEXT UNIQUE,
    identity TEXT NOT NULL,
    record_count INTEGER NOT NULL,
    change_seq INTEGER NOT NULL
  );
  CREATE INDEX identity_nodes_change ON identity_nodes (change_seq);

  CREATE TABLE node_terms (
    term TEXT NOT NULL COLLATE NOCASE,
    kind TEXT NOT NULL,
    node_id INTEGER NOT NULL,
    PRIMARY KEY (kind, term, node_id)
  ) WITHOUT ROWID;
  CREATE INDEX node_terms_node ON node_terms (node_id);

  CREATE TABLE record_types (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
  CREATE TABLE records (
    seq INTEGER PRIMARY KEY,
    source_seq INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    type_code INTEGER NOT NULL,
    occurred_ms INTEGER NOT NULL,
    body TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    node_id INTEGER NOT NULL,
    UNIQUE (source_seq, record_id)
  );
  CREATE INDEX records_node ON records (node_id, occurred_ms, type_code, source_seq, record_id);
  CREATE INDEX records_type_time ON records (type_code, occurred_ms);
  -- Records as the rest of the engine reads them: source ids, type names and RFC 3339 times.
  CREATE VIEW record_rows AS
    SELECT r.seq, s.source_id, r.record_id, t.name AS type,
           strftime('%Y-%m-%dT%H:%M:%fZ', r.occurred_ms / 1000.0, 'unixepoch') AS occurred_at,
           r.body, r.ingested_at, r.node_id
    FROM records r JOIN sources s ON s.seq = r.source_seq JOIN record_types t ON t.code = r.type_code;

  CREATE TABLE subjects (
    subject_id TEXT PRIMARY KEY,
    canonical_identity TEXT NOT NULL,
    record_count INTEGER NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE subject_nodes (
    node_id INTEGER PRIMARY KEY,
    subject_id TEXT NOT NULL
  );
  CREATE INDEX subject_nodes_subject ON subject_nodes (subject_id);
  CREATE TABLE subject_redirects (
    former_id TEXT PRIMARY KEY,
    subject_id TEXT NOT NULL
  );
  CREATE INDEX subject_redirects_target ON subject_redirects (subject_id);
  CREATE TABLE links (
    subject_id TEXT NOT NULL,
    left_node INTEGER NOT NULL,
    right_node INTEGER NOT NULL,
    explanation TEXT NOT NULL,
    decided_at TEXT NOT NULL
  );
  CREATE INDEX links_subject ON links (subject_id);

  CREATE TABLE overrides (
    seq INTEGER PRIMARY KEY,
    override_id TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL
  );

  CREATE TABLE flags (
    seq INTEGER PRIMARY KEY,
    flag_id TEXT NOT NULL UNIQUE,
    fingerprint TEXT NOT NULL UNIQUE,
    detector_id TEXT NOT NULL,
    category TEXT NOT NULL,
    severity TEXT NOT NULL,
    status TEXT NOT NULL,
    body TEXT NOT NULL
  );
  CREATE TABLE flag_subjects (
    subject_id TEXT NOT NULL,
    flag_seq INTEGER NOT NULL,
    PRIMARY KEY (subject_id, flag_seq)
  ) WITHOUT ROWID;
  CREATE TABLE flag_evidence (
    source_id TEXT NOT NULL,
    record_id TEXT NOT NULL,
    flag_seq INTEGER NOT NULL,
    PRIMARY KEY (source_id, record_id, flag_seq)
  ) WITHOUT ROWID;

  CREATE TABLE runs (
    seq INTEGER PRIMARY KEY,
    run_id TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    request TEXT NOT NULL
  );
  `);
    const insertType = database.prepare('INSERT INTO record_types (code, name) VALUES (?, ?)');
    for (const [name, code] of Object.entries(recordTypeCodes)) insertType.run(code, name);
  },
  /* 2: the record index */ (database) => {
    // Records by node and by type and time, kept as tables the engine brings up to date in bulk
    // (record-index.ts) rather than as indexes updated row by row on every ingest. They start
    // empty with the index's watermark at 0, so the first catch-up indexes the records a
    // version-1 store already holds.
    database.exec(`
  DROP INDEX records_node;
  DROP INDEX records_type_time;
  CREATE TABLE records_by_node (
    node_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    occurred_ms INTEGER NOT NULL,
    type_code INTEGER NOT NULL,
    source_seq INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    PRIMARY KEY (node_id, seq)
  ) WITHOUT ROWID;
  CREATE TABLE records_by_type (
    type_code INTEGER NOT NULL,
    occurred_ms INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (type_code, occurred_ms, seq)
  ) WITHOUT ROWID;
  `);
  },
  /* 3: the possible-match queue */ (database) => {
    // One row per pair of identity nodes in different subjects that may be one person (see
    // consolidation/possible-matches.ts). Rewritten by every run for the nodes it resolved.
    database.exec(`
  CREATE TABLE link_candidates (
    seq INTEGER PRIMARY KEY,
    left_node INTEGER NOT NULL,
    right_node INTEGER NOT NULL,
    body TEXT NOT NULL,
    found_at TEXT NOT NULL,
    UNIQUE (left_node, right_node)
  );
  CREATE INDEX link_candidates_right ON link_candidates (right_node);
  `);
  },
  /* 4: record keys apart from the records */ (database) => {
    // The unique index on (source, record id) took random keys: every ingest batch dirtied most of
    // its pages, and each commit wrote them all to the log again (a third of ingest's writes at
    // 8,000 people, more as it grows). Records are now only appended; their keys reach
    // records_by_key in sorted merges (record-keys.ts), and record_lookup finds a record by key
    // in the merged keys or in the short unmerged tail. SQLite cannot drop a table constraint, so
    // the records table is rebuilt without it.
    database.exec(`
  DROP VIEW record_rows;
  CREATE TABLE records_appended (
    seq INTEGER PRIMARY KEY,
    source_seq INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    type_code INTEGER NOT NULL,
    occurred_ms INTEGER NOT NULL,
    body TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    node_id INTEGER NOT NULL
  );
  INSERT INTO records_appended SELECT seq, source_seq, record_id, type_code, occurred_ms, body, ingested_at, node_id FROM records ORDER BY seq;
  DROP TABLE records;
  ALTER TABLE records_appended RENAME TO records;
  CREATE VIEW record_rows AS
    SELECT r.seq, s.source_id, r.record_id, t.name AS type,
           strftime('%Y-%m-%dT%H:%M:%fZ', r.occurred_ms / 1000.0, 'unixepoch') AS occurred_at,
           r.body, r.ingested_at, r.node_id
    FROM records r JOIN sources s ON s.seq = r.source_seq JOIN record_types t ON t.code = r.type_code;

  CREATE TABLE records_by_key (
    source_seq INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (source_seq, record_id)
  ) WITHOUT ROWID;
  INSERT INTO records_by_key SELECT source_seq, record_id, seq FROM records ORDER BY source_seq, record_id;
  INSERT INTO settings (key, value) VALUES ('record-keys:watermark', (SELECT coalesce(max(seq), 0) FROM records))
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
  -- Every record by its key: merged keys, then the tail above the watermark (a short range scan).
  CREATE VIEW record_lookup AS
    SELECT source_seq, record_id, seq FROM records_by_key
    UNION ALL
    SELECT source_seq, record_id, seq FROM records
    WHERE seq > (SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'record-keys:watermark');
  `);
  },
];

export const SCHEMA_VERSION = migrations.length;

/**
 * Brings the database to the current schema (or, for tests of an upgrade, to `target`). Each step
 * reads the version again inside its own IMMEDIATE transaction: processes that open one new store
 * at once (replicas starting together) take turns, and the later ones find the step applied.
 */
export function migrate(database: Database, target = SCHEMA_VERSION): void {
  const step = database.transaction((): boolean => {
    const current = database.pragma('user_version', { simple: true }) as number;
    if (current > SCHEMA_VERSION) {
      throw new Error(`The database has schema version ${current}, newer than this engine's ${SCHEMA_VERSION}. Use a newer Plumbline.`);
    }
    if (current >= target) return false;
    migrations[current](database);
    database.pragma(`user_version = ${current + 1}`);
    return true;
  });
  while (step.immediate()) {
    // one version a turn, until none is left
  }
}
