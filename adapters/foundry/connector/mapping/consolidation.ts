/**
 * Consolidation between the contract and the platform: `PlumblinePerson`, `MatchEvidence` and
 * `LinkOverride` objects to subjects, link explanations and overrides.
 */
import type { IdentityField } from '../../../../src/contract/identity.js';
import type { LinkExplanation, LinkOverride, LinkOverrideRequest, Subject, SubjectSummary } from '../../../../src/contract/index.js';
import { identityFromProperties } from '../../model/identity.js';
import type { ObjectRead } from '../../model/objects.js';
import { recordKey } from '../../model/schema.js';
import { agreementLevels, identityProperties, matchBases, overrideTypes, recordClasses } from '../../model/vocabularies.js';
import { defined, known, recordRefFrom } from './known.js';

type Parsed<Shape> = Shape & { [key: string]: unknown };

/** A platform identity property back to the contract's field name (names it does not know pass through). */
const fieldName = (property: string): string => identityProperties.lookup(property) ?? property;

/** A `PlumblinePerson` object as a subject summary. */
export function subjectSummaryFrom(person: Parsed<ObjectRead['PlumblinePerson']>): SubjectSummary {
  return { subjectId: person.personKey, canonicalIdentity: identityFromProperties(person), recordCount: person.recordTotal, updatedAt: person.lastChanged };
}

/** A subject from its person object and its linked records (oldest first, as the contract wants). */
export function subjectFrom(person: Parsed<ObjectRead['PlumblinePerson']>, records: readonly Parsed<ObjectRead['SourceRecord']>[]): Subject {
  const subjectRecords: Subject['records'] = records
    .map((record) => ({
      sourceId: record.sourceKey,
      recordId: record.externalId,
      type: known(recordClasses, record.recordClass),
      occurredAt: record.eventTime,
    }))
    .sort((left, right) => Date.parse(left.occurredAt) - Date.parse(right.occurredAt));
  return { ...subjectSummaryFrom(person), formerIds: person.mergedKeys ?? [], records: subjectRecords };
}

/** A `MatchEvidence` object as a link explanation. */
export function linkFrom(evidence: Parsed<ObjectRead['MatchEvidence']>): LinkExplanation {
  return defined({
    subjectId: evidence.personKey,
    left: recordRefFrom(evidence.leftRecordKey),
    right: recordRefFrom(evidence.rightRecordKey),
    basis: known(matchBases, evidence.matchBasis),
    identifier:
      evidence.sharedIdentifierProperty !== undefined && evidence.sharedIdentifierValue !== undefined
        ? { field: fieldName(evidence.sharedIdentifierProperty), value: evidence.sharedIdentifierValue }
        : undefined,
    score: evidence.matchWeight,
    threshold: evidence.matchCutoff,
    comparisons: evidence.fieldScores?.map((score) =>
      defined({
        field: fieldName(score.propertyName) as IdentityField,
        level: known(agreementLevels, score.agreement),
        weight: score.weight,
        similarity: score.similarity,
      }),
    ),
    overrideId: evidence.overrideKey,
    decidedAt: evidence.decidedAt,
  });
}

/** A `LinkOverride` object as an override. */
export function overrideFrom(object: Parsed<ObjectRead['LinkOverride']>): LinkOverride {
  return {
    overrideId: object.overrideKey,
    kind: known(overrideTypes, object.overrideType),
    left: recordRefFrom(object.leftRecordKey),
    right: recordRefFrom(object.rightRecordKey),
    reason: object.justification,
    createdBy: object.decidedBy,
    createdAt: object.decidedAt,
  };
}

/** An override request as `create-link-override` parameters, made by `actor`. */
export function overrideParameters(input: LinkOverrideRequest, actor: string, requestKey: string): Record<string, unknown> {
  return {
    overrideType: overrideTypes.toSupplier(input.kind),
    leftRecord: recordKey(input.left.sourceId, input.left.recordId),
    rightRecord: recordKey(input.right.sourceId, input.right.recordId),
    justification: input.reason,
    decidedBy: actor,
    requestKey,
  };
}
