/**
 * Sources ↔ casework systems. Casework keeps the registration's legal fields under its own names
 * and holds extensions as `custom_fields`.
 */
import { z } from 'zod';
import type { Source, SourceRegistration } from '../../../src/contract/index.js';
import { systemTypes } from './vocabularies.js';

/** What casework accepts to register a system (`PUT /api/v3/systems/{system_ref}`). */
export interface CaseworkSystemInput {
  system_type: (typeof systemTypes.supplierValues)[number];
  display_name: string;
  data_controller: string;
  legal_basis: string;
  processing_purpose: string;
  retention_period: string;
  custom_fields?: Record<string, unknown>;
}

/** The fields of a casework system the connector reads. */
export const CaseworkSystem = z.object({
  system_ref: z.string(),
  system_type: systemTypes.supplierSchema,
  display_name: z.string(),
  data_controller: z.string(),
  legal_basis: z.string(),
  processing_purpose: z.string(),
  retention_period: z.string(),
  custom_fields: z.record(z.string(), z.unknown()).optional(),
  created_at: z.string(),
  modified_at: z.string(),
});
export type CaseworkSystem = z.output<typeof CaseworkSystem>;

export function systemInputFromRegistration(registration: SourceRegistration): CaseworkSystemInput {
  return {
    system_type: systemTypes.toSupplier(registration.kind),
    display_name: registration.name,
    data_controller: registration.controller,
    legal_basis: registration.lawfulBasis,
    processing_purpose: registration.purpose,
    retention_period: registration.retentionPeriod,
    ...(registration.extensions ? { custom_fields: registration.extensions } : {}),
  };
}

export function registrationFromSystemInput(input: CaseworkSystemInput): SourceRegistration {
  return {
    kind: systemTypes.toContract(input.system_type),
    name: input.display_name,
    controller: input.data_controller,
    lawfulBasis: input.legal_basis,
    purpose: input.processing_purpose,
    retentionPeriod: input.retention_period,
    ...(input.custom_fields ? { extensions: input.custom_fields } : {}),
  };
}

export function systemFromSource(source: Source): CaseworkSystem {
  return { system_ref: source.sourceId, ...systemInputFromRegistration(source), created_at: source.createdAt, modified_at: source.updatedAt };
}

export function sourceFromSystem(system: CaseworkSystem): Source {
  return { sourceId: system.system_ref, ...registrationFromSystemInput(system), createdAt: system.created_at, updatedAt: system.modified_at };
}
