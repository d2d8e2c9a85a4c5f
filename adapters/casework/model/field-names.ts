/**
 * Casework spells fields in snake_case and has its own names for identity fields. Records are
 * translated by renaming keys at every depth, so that every record type, nested fields included,
 * maps the same way and back without a table per type. Extension keys (`x-<vendor>-<name>`) and
 * free-form maps are copied as they are: they are data, not field names.
 */

/** Contract identity fields and their casework names (`person_details`). */
export const identityFieldNames = {
  staffNumber: 'staff_no',
  warrantNumber: 'warrant_no',
  payrollNumber: 'payroll_no',
  niNumber: 'ni_no',
  username: 'login',
  givenName: 'forename',
  familyName: 'surname',
  dateOfBirth: 'birth_date',
  postcode: 'postcode',
  email: 'email',
} as const;

/** Contract keys whose casework names are not plain snake_case. */
const specialNames: Record<string, string> = {
  ...identityFieldNames,
  identity: 'person_details',
  recordId: 'entry_ref',
  type: 'entry_type',
  extensions: 'custom_fields',
};
const specialNamesBack = new Map(Object.entries(specialNames).map(([contract, casework]) => [casework, contract]));

/** Keys whose values are copied without renaming inside. */
const verbatimContract = new Set(['extensions']);
const verbatimCasework = new Set(['custom_fields']);

/** A contract field name as casework spells it. */
export function toCaseworkName(name: string): string {
  return specialNames[name] ?? name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** A casework field name as the contract spells it. */
export function toContractName(name: string): string {
  return specialNamesBack.get(name) ?? name.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

function renameDeep(value: unknown, rename: (name: string) => string, verbatim: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => renameDeep(item, rename, verbatim));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [rename(key), verbatim.has(key) ? inner : renameDeep(inner, rename, verbatim)]));
}

/** Renames every key of a contract object, at every depth, to casework's spelling. */
export function toCaseworkFields(value: unknown): unknown {
  return renameDeep(value, toCaseworkName, verbatimContract);
}

/** Renames every key of a casework object, at every depth, to the contract's spelling. */
export function toContractFields(value: unknown): unknown {
  return renameDeep(value, toContractName, verbatimCasework);
}
