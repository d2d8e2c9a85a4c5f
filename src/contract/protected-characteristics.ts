/**
 * Protected characteristics never enter a record. The Equality Act 2010 (s.4) protects age,
 * disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race
 * (colour, nationality, ethnic or national origin), religion or belief, sex and sexual orientation.
 * Equality monitoring data goes to the fairness audit at audit time (`POST /v1/fairness-audits`)
 * and nowhere else, so no adapter can store it and no detector can read it.
 *
 * The rule is written into the schemas: each field name below, in a record or in a recorded
 * identity, is declared and may hold nothing. A record carrying one is rejected on its own, with
 * an error naming the field, instead of the field being dropped without a word. Date of birth stays
 * an identity field: entity resolution needs it, and no detector reads it.
 */
import { z } from 'zod';

/** The names a source system would plausibly give equality monitoring data, as fields. */
export const protectedCharacteristicFields = [
  'protectedCharacteristics',
  'equalityData',
  'sex',
  'gender',
  'genderIdentity',
  'genderReassignment',
  'ethnicity',
  'ethnicGroup',
  'race',
  'nationality',
  'nationalOrigin',
  'religion',
  'belief',
  'religionOrBelief',
  'disability',
  'sexualOrientation',
  'maritalStatus',
  'pregnancy',
  'maternity',
  'age',
  'ageBand',
] as const;
export type ProtectedCharacteristicField = (typeof protectedCharacteristicFields)[number];

const message = 'a protected characteristic may not be sent in a record: equality data goes to the fairness audit (POST /v1/fairness-audits) only';

/**
 * Declared empty. Named schemas of the contract carry an example, and nothing can exemplify a field
 * that may hold nothing, so this one stays inline.
 */
const absent = z
  .never({ error: message })
  .optional()
  .describe('A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only.');

/** Shape to spread into an object schema: every protected-characteristic field, declared empty. */
export const withoutProtectedCharacteristics = Object.fromEntries(protectedCharacteristicFields.map((field) => [field, absent])) as Record<
  ProtectedCharacteristicField,
  typeof absent
>;
