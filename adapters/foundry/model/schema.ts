/**
 * Names and limits of the ontology, derived from its published definition (`definition.ts`), so
 * the connector and the simulator name types one way. Names follow the platform's conventions
 * (PascalCase object types, camelCase properties, kebab-case actions), not the contract's.
 */
import { ontologyDefinition } from './definition.js';

/** An object type’s API name. */
export type ObjectTypeName = keyof typeof ontologyDefinition.objectTypes;

/** An action type’s API name. */
export type ActionTypeName = keyof typeof ontologyDefinition.actionTypes;

/** Action types that change state. */
export const actionTypes = Object.keys(ontologyDefinition.actionTypes) as ActionTypeName[];

/** Whether `from` has an outgoing link type `linkType`. */
export function hasLinkType(from: string, linkType: string): boolean {
  return ontologyDefinition.linkTypes.some((link) => link.from === from && link.apiName === linkType);
}

/**
 * The page size the connector asks for: the platform's default (1,000). A page may hold fewer or
 * more objects than asked; the connector serves contract pages from whatever it gets.
 */
export const MAX_PAGE_SIZE = 1000;

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
