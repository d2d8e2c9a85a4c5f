/**
 * What every concern of the connector shares: the ontology client, and contract pages served
 * from the platform's token pages (which may be shorter than asked and are capped at 100).
 */
import { randomUUID } from 'node:crypto';
import type { Page, PageQuery } from '../../../src/contract/index.js';
import { readContractPage, type SupplierPage } from '../../../src/connectors/index.js';
import { MAX_PAGE_SIZE } from '../ontology/schema.js';
import { FOUNDRY_ADAPTER_ID } from './mapping/known.js';
import type { OntologyClient } from './ontology-client.js';

/** Shared by the concerns. */
export interface FoundryContext {
  readonly api: OntologyClient;
}

/** One contract page of a platform listing, each object mapped to its contract form. */
export async function contractPage<Object, Item>(
  operation: string,
  page: PageQuery,
  fetchPage: (pageToken: string | undefined, pageSize: number) => Promise<SupplierPage<Object>>,
  map: (object: Object) => Item | Promise<Item>,
): Promise<Page<Item>> {
  const objects = await readContractPage({ call: { adapter: FOUNDRY_ADAPTER_ID, operation }, cursor: page.cursor, limit: page.limit, maxPageSize: MAX_PAGE_SIZE, fetchPage });
  return { items: await Promise.all(objects.items.map(map)), nextCursor: objects.nextCursor };
}

/** A fresh key that lets the connector find what one of its actions created, should the answer be lost. */
export const newRequestKey = (): string => `plumbline-${randomUUID()}`;
