/**
 * Helpers shared by the mappings: enumeration values the schemas already checked, and record keys
 * split back into contract references (a malformed key is the supplier's fault: a 502).
 */
import type { RecordRef } from '../../../../src/contract/index.js';
import { failMalformed } from '../../../../src/connectors/index.js';
import { splitRecordKey } from '../../model/schema.js';
import type { Vocabulary } from '../../../../src/connectors/index.js';

/** The adapter id named in every problem this connector raises. */
export const FOUNDRY_ADAPTER_ID = 'foundry';

/** The contract value of a supplier value that validation has already confirmed is in the vocabulary. */
export function known<Contract extends string>(vocabulary: Vocabulary<Contract, string>, value: string): Contract {
  const contract = vocabulary.lookup(value);
  if (contract === undefined)
    failMalformed({ adapter: FOUNDRY_ADAPTER_ID, operation: 'mapping an answer' }, `the platform answered the unknown value "${value}"`);
  return contract;
}

/** A record key as a contract record reference. */
export function recordRefFrom(key: string): RecordRef {
  const parts = splitRecordKey(key);
  if (!parts) failMalformed({ adapter: FOUNDRY_ADAPTER_ID, operation: 'mapping an answer' }, 'the platform answered a record key of an unknown shape');
  return { sourceId: parts.sourceKey, recordId: parts.externalId };
}

/** Leaves out undefined values, so that mapped objects hold only what the supplier said. */
export function defined<Shape extends object>(object: Shape): Shape {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Shape;
}
