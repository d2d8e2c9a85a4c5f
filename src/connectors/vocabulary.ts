/**
 * A two-way table between one contract enumeration and a supplier's own word for each value,
 * shared by a connector (mapping answers, validating them with `supplierSchema`) and its
 * simulator (speaking the supplier's words). Tables are typed as `Record<ContractValue,
 * SupplierValue>`, so a contract value without a supplier word does not compile, and checked at
 * load time to be one-to-one, so that every supplier word maps back to exactly one contract value.
 */
import { z } from 'zod';

/** A contract enumeration and the supplier's word for each value. */
export interface Vocabulary<Contract extends string, Supplier extends string> {
  /** What the table translates, for messages. */
  readonly name: string;
  readonly contractValues: readonly Contract[];
  /** Every supplier word, for `z.enum`. */
  readonly supplierValues: readonly [Supplier, ...Supplier[]];
  /** A zod enum of the supplier's words, for validating what the supplier answers. */
  readonly supplierSchema: z.ZodType<Supplier>;
  toSupplier(value: Contract): Supplier;
  /** The contract value of a supplier word the caller has validated; throws for an unknown one (a bug). */
  toContract(value: string): Contract;
  /** The contract value of a supplier word, or `undefined` for one the table does not know. */
  lookup(value: string): Contract | undefined;
}

/** Declares a vocabulary from a complete contract → supplier table. Throws when two values share a word. */
export function defineVocabulary<const Table extends Record<string, string>>(
  name: string,
  table: Table,
): Vocabulary<Extract<keyof Table, string>, Table[keyof Table]> {
  type Contract = Extract<keyof Table, string>;
  type Supplier = Table[keyof Table];
  const contractValues = Object.keys(table) as Contract[];
  const supplierValues = contractValues.map((value) => table[value]) as unknown as [Supplier, ...Supplier[]];
  const backwards = new Map<string, Contract>();
  for (const value of contractValues) {
    if (backwards.has(table[value])) throw new Error(`The ${name} vocabulary maps two values to "${table[value]}".`);
    backwards.set(table[value], value);
  }
  const lookup = (value: string) => backwards.get(value);
  return {
    name,
    contractValues,
    supplierValues,
    supplierSchema: z.enum(supplierValues) as unknown as z.ZodType<Supplier>,
    toSupplier: (value) => {
      if (!Object.hasOwn(table, value)) throw new Error(`No ${name} word for "${value}".`);
      return table[value] as Supplier;
    },
    toContract: (value) => {
      const contractValue = lookup(value);
      if (contractValue === undefined) throw new Error(`Unknown ${name} "${value}".`);
      return contractValue;
    },
    lookup,
  };
}
