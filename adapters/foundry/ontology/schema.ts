/**
 * The simulated platform's published ontology: object types, their primary keys, link types and
 * action types. Property lists are in `objects.ts`. Names follow the platform's conventions
 * (PascalCase object types, camelCase properties, kebab-case actions), not the contract's.
 */

/** Object types and the property that is each one's primary key. */
export const objectTypes = {
  DataSource: 'sourceKey',
  SourceRecord: 'recordKey',
  IngestBatch: 'batchKey',
  ErasureNotice: 'noticeKey',
  PlumblinePerson: 'personKey',
  MatchEvidence: 'evidenceKey',
  LinkOverride: 'overrideKey',
  Detector: 'detectorKey',
  Flag: 'flagKey',
  FlagReview: 'reviewKey',
  PipelineRun: 'runKey',
} as const;
/** An object type’s API name. */
export type ObjectTypeName = keyof typeof objectTypes;

/** Link types: from an object type, to the linked type. */
export const linkTypes = {
  PlumblinePerson: { personRecords: 'SourceRecord', matchEvidence: 'MatchEvidence' },
  Flag: { reviews: 'FlagReview' },
} as const;

/** Action types that change state. */
export const actionTypes = [
  'upsert-data-source',
  'ingest-records',
  'erase-source-record',
  'run-consolidation',
  'create-link-override',
  'withdraw-link-override',
  'run-flagging',
  'review-flag',
  'import-plumbline-bundle',
] as const;
/** An action type’s API name. */
export type ActionTypeName = (typeof actionTypes)[number];

/** The platform's largest page; it may answer with fewer objects than asked. */
export const MAX_PAGE_SIZE = 100;

/** The most records one `ingest-records` request carries; larger batches go through `applyBatch`. */
export const MAX_RECORDS_PER_INGEST_ACTION = 1000;

/** The most requests one `applyBatch` carries. */
export const MAX_BATCH_REQUESTS = 20;

/**
 * Records are keyed by their source and their id in it. `|` cannot occur in either (the contract's
 * ids exclude it), so the key splits back unambiguously.
 */
export function recordKey(sourceKey: string, externalId: string): string {
  return `${sourceKey}|${externalId}`;
}

/** The source key and external id of a record key, or `undefined` for a key of another shape. */
export function splitRecordKey(key: string): { sourceKey: string; externalId: string } | undefined {
  const parts = key.split('|');
  return parts.length === 2 && parts[0] && parts[1] ? { sourceKey: parts[0], externalId: parts[1] } : undefined;
}
