import type { Erasure, IngestResult, PageQuery, Page, RecordResult, Source, SourceRegistration, SourceRecord, StoredRecord } from '../contract/index.js';
import type { OperationContext } from './context.js';

/** A record the gateway has validated, with its position in the client's batch. */
export interface IndexedRecord {
  /** Position of the record in the client's batch. */
  readonly index: number;
  /** The record, valid against the contract. */
  readonly record: SourceRecord;
}

/**
 * Sources and records (capabilities `sources`, `records.ingest`, `records.read`, `records.erase`).
 */
export interface SourcesAndRecordsV1 {
  /**
   * Registers a source or replaces its registration.
   * @returns the source and whether it was created (201) rather than updated (200).
   */
  putSource(sourceId: string, input: SourceRegistration, context: OperationContext): Promise<{ source: Source; created: boolean }>;

  /** Reads one source. Throws `not-found` for an unknown id. */
  getSource(sourceId: string, context: OperationContext): Promise<Source>;

  /** Lists sources in a stable order, one page at a time. */
  listSources(page: PageQuery, context: OperationContext): Promise<Page<Source>>;

  /**
   * Ingests records the gateway has already validated. Every record given must get exactly one
   * result (same `index`). Records not rejected must all be committed together, durably, before
   * the promise resolves; if that fails, throw and commit none. Same id and same content is
   * `unchanged`. Throws `not-found` when the source is not registered.
   */
  ingestRecords(sourceId: string, records: readonly IndexedRecord[], context: OperationContext): Promise<{ results: RecordResult[] }>;

  /** Reads one record as held. Throws `not-found` for an unknown source or record. */
  getRecord(sourceId: string, recordId: string, context: OperationContext): Promise<StoredRecord>;

  /**
   * Erases a record and everything derived from it: it leaves its subject and every flag's
   * evidence. Throws `not-found` for an unknown record.
   */
  eraseRecord(sourceId: string, recordId: string, reason: Erasure['reason'], context: OperationContext): Promise<Erasure>;
}

export type { IngestResult };
