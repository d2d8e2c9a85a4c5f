/**
 * The reference engine's tables on PostgreSQL, as versioned migrations (component
 * `reference-engine` in `plumbline_migrations`). The layout follows the SQLite store's
 * (store/migrations.ts) table for table, prefixed `engine_` so that it can share a database with
 * the audit trail and the runs queue. Two differences: records are indexed by node and by type and
 * time with ordinary indexes (PostgreSQL's are cheap to keep up on append, so SQLite's bulk-caught-up
 * index tables are not needed), and ids compare bytewise (`COLLATE "C"`) as SQLite's do, so pages
 * and cursors order alike. Runs are rows of the shared `run_queue`; staged import lines wait in
 * `engine_staged_imports`, where whichever replica claims the import can read them.
 */
import type { Migration } from '../../../src/postgres/postgres-migrations.js';
import { recordTypeCodes } from '../store/record-type-codes.js';

export const ENGINE_COMPONENT = 'reference-engine';

export const engineMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'the reference engine store',
    sql: `
CREATE TABLE engine_settings (key text COLLATE "C" PRIMARY KEY, value text NOT NULL);
CREATE TABLE engine_sources (
  seq serial PRIMARY KEY, source_id text COLLATE "C" NOT NULL UNIQUE, kind text NOT NULL,
  registration text NOT NULL, created_at text NOT NULL, updated_at text NOT NULL);
CREATE TABLE engine_identity_nodes (
  node_id serial PRIMARY KEY, source_id text COLLATE "C" NOT NULL, node_key text COLLATE "C" UNIQUE,
  identity text NOT NULL, record_count integer NOT NULL, change_seq bigint NOT NULL);
CREATE INDEX engine_identity_nodes_change ON engine_identity_nodes (change_seq);
-- Terms are kept lower-case (SQLite's column folds case): names already are, identifiers are folded.
CREATE TABLE engine_node_terms (term text COLLATE "C" NOT NULL, kind text NOT NULL, node_id integer NOT NULL, PRIMARY KEY (kind, term, node_id));
CREATE INDEX engine_node_terms_node ON engine_node_terms (node_id);
CREATE TABLE engine_record_types (code smallint PRIMARY KEY, name text NOT NULL UNIQUE);
INSERT INTO engine_record_types (code, name) VALUES ${Object.entries(recordTypeCodes)
      .map(([name, code]) => `(${code}, '${name}')`)
      .join(', ')};
CREATE TABLE engine_records (
  seq serial PRIMARY KEY, source_seq integer NOT NULL, record_id text COLLATE "C" NOT NULL, type_code smallint NOT NULL,
  occurred_ms bigint NOT NULL, body text NOT NULL, ingested_at text NOT NULL, node_id integer NOT NULL,
  UNIQUE (source_seq, record_id));
CREATE INDEX engine_records_node ON engine_records (node_id, seq);
CREATE INDEX engine_records_type_time ON engine_records (type_code, occurred_ms);
CREATE TABLE engine_subjects (
  subject_id text COLLATE "C" PRIMARY KEY, canonical_identity text NOT NULL, record_count integer NOT NULL, updated_at text NOT NULL);
CREATE TABLE engine_subject_nodes (node_id integer PRIMARY KEY, subject_id text COLLATE "C" NOT NULL);
CREATE INDEX engine_subject_nodes_subject ON engine_subject_nodes (subject_id);
CREATE TABLE engine_subject_redirects (former_id text COLLATE "C" PRIMARY KEY, subject_id text COLLATE "C" NOT NULL);
CREATE INDEX engine_subject_redirects_target ON engine_subject_redirects (subject_id);
CREATE TABLE engine_links (
  seq bigserial PRIMARY KEY, subject_id text COLLATE "C" NOT NULL, left_node integer NOT NULL, right_node integer NOT NULL,
  explanation text NOT NULL, decided_at text NOT NULL);
CREATE INDEX engine_links_subject ON engine_links (subject_id);
CREATE TABLE engine_link_candidates (
  seq bigserial PRIMARY KEY, left_node integer NOT NULL, right_node integer NOT NULL, body text NOT NULL, found_at text NOT NULL,
  UNIQUE (left_node, right_node));
CREATE INDEX engine_link_candidates_right ON engine_link_candidates (right_node);
CREATE TABLE engine_overrides (seq serial PRIMARY KEY, override_id text COLLATE "C" NOT NULL UNIQUE, body text NOT NULL);
CREATE TABLE engine_flags (
  seq serial PRIMARY KEY, flag_id text COLLATE "C" NOT NULL UNIQUE, fingerprint text NOT NULL UNIQUE, detector_id text NOT NULL,
  category text NOT NULL, severity text NOT NULL, status text NOT NULL, body text NOT NULL);
CREATE TABLE engine_flag_subjects (subject_id text COLLATE "C" NOT NULL, flag_seq integer NOT NULL, PRIMARY KEY (subject_id, flag_seq));
CREATE TABLE engine_flag_evidence (
  source_id text COLLATE "C" NOT NULL, record_id text COLLATE "C" NOT NULL, flag_seq integer NOT NULL, PRIMARY KEY (source_id, record_id, flag_seq));
CREATE TABLE engine_staged_imports (run_id text NOT NULL, line_no integer NOT NULL, line text NOT NULL, PRIMARY KEY (run_id, line_no));
`,
  },
];
