/**
 * Sources and records between the contract and the platform: `DataSource` and `SourceRecord`
 * objects to contract resources, and contract input to action parameters.
 */
import type { Erasure, Source, SourceRecord, SourceRegistration, StoredRecord } from '../../../../src/contract/index.js';
import { identityFromProperties, identityToProperties } from '../../model/identity.js';
import type { ObjectRead } from '../../model/objects.js';
import { erasureReasons, recordClasses, sourceCategories } from '../../model/vocabularies.js';
import { defined, known } from './known.js';

type Parsed<Shape> = Shape & { [key: string]: unknown };

/** A `DataSource` object as a source. */
export function sourceFrom(object: Parsed<ObjectRead['DataSource']>): Source {
  return defined({
    sourceId: object.sourceKey,
    kind: known(sourceCategories, object.sourceCategory),
    name: object.displayName,
    controller: object.dataController,
    lawfulBasis: object.legalBasis,
    purpose: object.processingPurpose,
    retentionPeriod: object.retentionPeriod,
    createdAt: object.registeredAt,
    updatedAt: object.modifiedAt,
    extensions: object.vendorExtensions,
  });
}

/** A registration as `upsert-data-source` parameters. */
export function sourceParameters(sourceId: string, registration: SourceRegistration): Record<string, unknown> {
  return defined({
    sourceKey: sourceId,
    displayName: registration.name,
    sourceCategory: sourceCategories.toSupplier(registration.kind),
    dataController: registration.controller,
    legalBasis: registration.lawfulBasis,
    processingPurpose: registration.purpose,
    retentionPeriod: registration.retentionPeriod,
    vendorExtensions: registration.extensions && JSON.stringify(registration.extensions),
  });
}

/** The record as its source said it: core properties, identity properties and class-specific attributes. */
export function recordFrom(object: Parsed<ObjectRead['SourceRecord']>): SourceRecord {
  return {
    ...object.attributes,
    type: known(recordClasses, object.recordClass),
    recordId: object.externalId,
    occurredAt: object.eventTime,
    identity: identityFromProperties(object),
  } as SourceRecord;
}

/** A `SourceRecord` object as a stored record. */
export function storedRecordFrom(object: Parsed<ObjectRead['SourceRecord']>): StoredRecord {
  return { sourceId: object.sourceKey, ingestedAt: object.receivedAt, subjectId: object.personKey ?? null, record: recordFrom(object) };
}

/** A contract record as an `ingest-records` record parameter. */
export function recordParameter(record: SourceRecord): Record<string, unknown> {
  const { type, recordId, occurredAt, identity, ...attributes } = record;
  return { externalId: recordId, recordClass: recordClasses.toSupplier(type), eventTime: occurredAt, ...identityToProperties(identity), attributes };
}

/** An `ErasureNotice` as an erasure. */
export function erasureFrom(notice: Parsed<ObjectRead['ErasureNotice']>): Erasure {
  return { sourceId: notice.sourceKey, recordId: notice.externalId, reason: known(erasureReasons, notice.erasureReason), erasedAt: notice.erasedAt };
}
