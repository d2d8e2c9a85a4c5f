/**
 * What every concern of the connector shares: the ontology client, how patiently a lost write's
 * receipt is looked for, and contract pages served from the platform's token pages (which may be
 * shorter or longer than asked).
 */
import { randomUUID } from 'node:crypto';
import type { Page, PageQuery } from '../../../src/contract/index.js';
import { readContractPage, type SupplierPage } from '../../../src/connectors/index.js';
import { MAX_PAGE_SIZE } from '../model/schema.js';
import { FOUNDRY_ADAPTER_ID } from './mapping/known.js';
import type { OntologyClient } from './ontology-client.js';
import type { ReceiptChecks } from './receipts.js';

/** Shared by the concerns. */
export interface FoundryContext {
  readonly api: OntologyClient;
  readonly receiptChecks: ReceiptChecks;
}

/** One contract page of a platform listing, each object mapped to its contract form. */
export async function contractPage<Object, Item>(
  operation: string,
  page: PageQuery,
  fetchPage: (pageToken: string | undefined, pageSize: number) => Promise<SupplierPage<Object>>,
  map: (object: Object) => Item | Promise<Item>,
): Promise<Page<Item>> {
  const objects = await readContractPage({
    call: { adapter: FOUNDRY_ADAPTER_ID, operation },
    cursor: page.cursor,
    limit: page.limit,
    maxPageSize: MAX_PAGE_SIZE,
    fetchPage,
  });
  return { items: await Promise.all(objects.items.map(map)), nextCursor: objects.nextCursor };
}

/** A fresh key that lets the connector find what one of its actions created, should the answer be lost. */
export const newRequestKey = (): string => `plumbline-${randomUUID()}`;
