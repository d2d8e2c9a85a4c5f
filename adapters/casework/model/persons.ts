/**
 * Subjects ↔ casework persons, and link explanations ↔ person links. Casework shows a merged
 * person as a stub with `record_status: MERGED` and `merged_into`, which is the contract's redirect.
 */
import { z } from 'zod';
import type { LinkExplanation, RecordedIdentity, Subject, SubjectSummary } from '../../../src/contract/index.js';
import type { SubjectLookup } from '../../../src/adapter/consolidation-v1.js';
import { toCaseworkName, toContractName } from './field-names.js';
import { agreements, entryTypes, matchBases } from './vocabularies.js';

const PersonDetails = z.record(z.string(), z.string());
const EntryPointer = z.object({ system_ref: z.string(), entry_ref: z.string() });

export const CaseworkPersonSummary = z.object({
  person_ref: z.string(),
  preferred_identity: PersonDetails,
  entry_count: z.number(),
  modified_at: z.string(),
});
export type CaseworkPersonSummary = z.output<typeof CaseworkPersonSummary>;

const ActivePerson = CaseworkPersonSummary.extend({
  record_status: z.literal('ACTIVE'),
  previous_refs: z.array(z.string()),
  entries: z.array(EntryPointer.extend({ entry_type: entryTypes.supplierSchema, occurred_at: z.string() })),
  custom_fields: z.record(z.string(), z.unknown()).optional(),
});
const MergedPerson = z.object({ person_ref: z.string(), record_status: z.literal('MERGED'), merged_into: z.string() });

/** A person as `GET /api/v3/persons/{person_ref}` answers it: active, or merged into another. */
export const CaseworkPerson = z.discriminatedUnion('record_status', [ActivePerson, MergedPerson]);
export type CaseworkPerson = z.output<typeof CaseworkPerson>;

export const CaseworkPersonLink = z.object({
  person_ref: z.string(),
  from: EntryPointer,
  to: EntryPointer,
  match_basis: matchBases.supplierSchema,
  identifier: z.object({ field: z.string(), value: z.string() }).optional(),
  score: z.number().optional(),
  threshold: z.number().optional(),
  field_scores: z
    .array(z.object({ field: z.string(), agreement: agreements.supplierSchema, weight: z.number(), similarity: z.number().optional() }))
    .optional(),
  rule_ref: z.string().optional(),
  linked_at: z.string(),
});
export type CaseworkPersonLink = z.output<typeof CaseworkPersonLink>;

export function personDetailsFromIdentity(identity: RecordedIdentity): Record<string, string> {
  return Object.fromEntries(Object.entries(identity).map(([field, value]) => [toCaseworkName(field), value]));
}

export function identityFromPersonDetails(details: Record<string, string>): RecordedIdentity {
  return Object.fromEntries(Object.entries(details).map(([field, value]) => [toContractName(field), value])) as RecordedIdentity;
}

const pointer = (ref: { sourceId: string; recordId: string }) => ({ system_ref: ref.sourceId, entry_ref: ref.recordId });
const reference = (entry: { system_ref: string; entry_ref: string }) => ({ sourceId: entry.system_ref, recordId: entry.entry_ref });

export function personSummaryFromSubject(subject: SubjectSummary): CaseworkPersonSummary {
  return {
    person_ref: subject.subjectId,
    preferred_identity: personDetailsFromIdentity(subject.canonicalIdentity),
    entry_count: subject.recordCount,
    modified_at: subject.updatedAt,
  };
}

export function subjectSummaryFromPerson(person: CaseworkPersonSummary): SubjectSummary {
  return {
    subjectId: person.person_ref,
    canonicalIdentity: identityFromPersonDetails(person.preferred_identity),
    recordCount: person.entry_count,
    updatedAt: person.modified_at,
  };
}

export function personFromLookup(subjectId: string, lookup: SubjectLookup): CaseworkPerson {
  if ('redirectTo' in lookup) return { person_ref: subjectId, record_status: 'MERGED', merged_into: lookup.redirectTo };
  const { subject } = lookup;
  return {
    ...personSummaryFromSubject(subject),
    record_status: 'ACTIVE',
    previous_refs: subject.formerIds,
    entries: subject.records.map((record) => ({
      ...pointer(record),
      entry_type: entryTypes.toSupplier(record.type as (typeof entryTypes.contractValues)[number]),
      occurred_at: record.occurredAt,
    })),
    ...(subject.extensions ? { custom_fields: subject.extensions } : {}),
  };
}

export function lookupFromPerson(person: CaseworkPerson): SubjectLookup {
  if (person.record_status === 'MERGED') return { redirectTo: person.merged_into };
  const subject: Subject = {
    ...subjectSummaryFromPerson(person),
    formerIds: person.previous_refs,
    records: person.entries.map((entry) => ({ ...reference(entry), type: entryTypes.toContract(entry.entry_type), occurredAt: entry.occurred_at })),
    ...(person.custom_fields ? { extensions: person.custom_fields } : {}),
  };
  return { subject };
}

export function personLinkFromLink(link: LinkExplanation): CaseworkPersonLink {
  return {
    person_ref: link.subjectId,
    from: pointer(link.left),
    to: pointer(link.right),
    match_basis: matchBases.toSupplier(link.basis),
    ...(link.identifier ? { identifier: { field: toCaseworkName(link.identifier.field), value: link.identifier.value } } : {}),
    ...(link.score !== undefined ? { score: link.score } : {}),
    ...(link.threshold !== undefined ? { threshold: link.threshold } : {}),
    ...(link.comparisons
      ? {
          field_scores: link.comparisons.map(({ field, level, weight, similarity }) => ({
            field: toCaseworkName(field),
            agreement: agreements.toSupplier(level),
            weight,
            ...(similarity !== undefined ? { similarity } : {}),
          })),
        }
      : {}),
    ...(link.overrideId ? { rule_ref: link.overrideId } : {}),
    linked_at: link.decidedAt,
  };
}

export function linkFromPersonLink(link: CaseworkPersonLink): LinkExplanation {
  return {
    subjectId: link.person_ref,
    left: reference(link.from),
    right: reference(link.to),
    basis: matchBases.toContract(link.match_basis),
    ...(link.identifier ? { identifier: { field: toContractName(link.identifier.field), value: link.identifier.value } } : {}),
    ...(link.score !== undefined ? { score: link.score } : {}),
    ...(link.threshold !== undefined ? { threshold: link.threshold } : {}),
    ...(link.field_scores
      ? {
          comparisons: link.field_scores.map(({ field, agreement, weight, similarity }) => ({
            field: toContractName(field),
            level: agreements.toContract(agreement),
            weight,
            ...(similarity !== undefined ? { similarity } : {}),
          })),
        }
      : {}),
    ...(link.rule_ref ? { overrideId: link.rule_ref } : {}),
    decidedAt: link.linked_at,
  };
}
