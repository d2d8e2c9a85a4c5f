/**
 * A two-way table between one contract enumeration and the casework platform's own word for each
 * value. Tables are typed as `Record<ContractValue, SupplierValue>`, so a contract value without a
 * casework word does not compile, and they are checked at load time to be one-to-one, so that
 * every casework word maps back to exactly one contract value.
 */
import { z } from 'zod';

export interface Vocabulary<Contract extends string, Supplier extends string> {
  /** What the table translates, for error messages. */
  readonly name: string;
  readonly contractValues: readonly Contract[];
  readonly supplierValues: readonly Supplier[];
  /** A zod enum of the casework words, for validating what the platform answers. */
  readonly supplierSchema: z.ZodType<Supplier>;
  toSupplier(value: Contract): Supplier;
  toContract(value: Supplier): Contract;
}

/** Declares a vocabulary from a complete contract → casework table. Throws when two values share a word. */
export function defineVocabulary<const Table extends Record<string, string>>(
  name: string,
  table: Table,
): Vocabulary<Extract<keyof Table, string>, Table[keyof Table]> {
  type Contract = Extract<keyof Table, string>;
  type Supplier = Table[keyof Table];
  const contractValues = Object.keys(table) as Contract[];
  const supplierValues = contractValues.map((value) => table[value]) as Supplier[];
  const backwards = new Map<string, Contract>();
  for (const value of contractValues) {
    if (backwards.has(table[value])) throw new Error(`The ${name} vocabulary maps two values to "${table[value]}".`);
    backwards.set(table[value], value);
  }
  return {
    name,
    contractValues,
    supplierValues,
    supplierSchema: z.enum(supplierValues as [Supplier, ...Supplier[]]) as unknown as z.ZodType<Supplier>,
    toSupplier(value) {
      if (!Object.hasOwn(table, value)) throw new Error(`No casework ${name} for "${value}".`);
      return table[value] as Supplier;
    },
    toContract(value) {
      const contractValue = backwards.get(value);
      if (contractValue === undefined) throw new Error(`Unknown casework ${name} "${value}".`);
      return contractValue;
    },
  };
}
