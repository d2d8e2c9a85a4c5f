/**
 * A two-way table between a contract enumeration and the supplier's own spelling of it. One table
 * per enumeration keeps both directions consistent and lets the connector build its validation
 * schemas from the supplier's values.
 */

/** A contract enumeration and the supplier's spelling of each value. */
export interface Vocabulary<Contract extends string, Supplier extends string> {
  /** The supplier's spelling of a contract value. */
  toSupplier(value: Contract): Supplier;
  /** The contract value of a supplier spelling, or `undefined` for one the table does not know. */
  toContract(value: string): Contract | undefined;
  /** Every supplier spelling, for `z.enum`. */
  readonly supplierValues: readonly [Supplier, ...Supplier[]];
}

/** Builds a vocabulary from `{ contractValue: 'SUPPLIER_VALUE' }`. */
export function vocabulary<Contract extends string, Supplier extends string>(pairs: Record<Contract, Supplier>): Vocabulary<Contract, Supplier> {
  const toContract = new Map<string, Contract>(Object.entries(pairs).map(([contract, supplier]) => [supplier as string, contract as Contract]));
  return {
    toSupplier: (value) => pairs[value],
    toContract: (value) => toContract.get(value),
    supplierValues: Object.values(pairs) as [Supplier, ...Supplier[]],
  };
}
