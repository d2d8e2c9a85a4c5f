/**
 * Every operation of the contract in one table: the capability it needs and the action it
 * performs. Routes name their operation; the gateway's hooks read this table, so adding a route
 * without an entry here is a type error, and the 501 check cannot be forgotten.
 */
import type { Capability } from '../contract/index.js';

/** The kind of processing of personal data an operation does (Data Protection Act 2018 s.62 terms). */
export type ProcessingAction = 'none' | 'collection' | 'alteration' | 'consultation' | 'disclosure' | 'combination' | 'erasure';

export interface OperationPolicy {
  /** The capability the adapter must claim; null when every adapter must answer. */
  readonly capability: Capability | null;
  /** What the operation does to personal data. */
  readonly processing: ProcessingAction;
}

export const operations = {
  getMeta: { capability: null, processing: 'none' },
  putSource: { capability: 'sources', processing: 'none' },
  getSource: { capability: 'sources', processing: 'none' },
  listSources: { capability: 'sources', processing: 'none' },
  ingestRecords: { capability: 'records.ingest', processing: 'collection' },
  getRecord: { capability: 'records.read', processing: 'consultation' },
  eraseRecord: { capability: 'records.erase', processing: 'erasure' },
  startConsolidationRun: { capability: 'consolidation', processing: 'combination' },
  startFlaggingRun: { capability: 'flagging', processing: 'combination' },
  startImport: { capability: 'portability.import', processing: 'collection' },
  getRun: { capability: null, processing: 'none' },
  listSubjects: { capability: 'consolidation', processing: 'consultation' },
  getSubject: { capability: 'consolidation', processing: 'consultation' },
  listSubjectLinks: { capability: 'consolidation', processing: 'consultation' },
  createLinkOverride: { capability: 'consolidation.overrides', processing: 'alteration' },
  listLinkOverrides: { capability: 'consolidation.overrides', processing: 'consultation' },
  deleteLinkOverride: { capability: 'consolidation.overrides', processing: 'alteration' },
  listDetectors: { capability: 'flagging', processing: 'none' },
  listFlags: { capability: 'flagging', processing: 'consultation' },
  getFlag: { capability: 'flagging', processing: 'consultation' },
  reviewFlag: { capability: 'flags.review', processing: 'alteration' },
  exportAll: { capability: 'portability.export', processing: 'disclosure' },
} as const satisfies Record<string, OperationPolicy>;

export type OperationId = keyof typeof operations;

/** Route config every contract route carries, so hooks can find its policy. */
export interface OperationConfig {
  operation: OperationId;
}
