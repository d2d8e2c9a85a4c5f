/**
 * Prior m and u per field, in the contract's level order: exact, close, similar, nickname,
 * transposed, different (missing is never scored). u describes two people drawn at random from a
 * force of tens of thousands: about one pair in 15,000 share a date of birth, one in 200 a family
 * name, one in 50 a given name; identifiers and logins are unique. m describes the noise sources are
 * known for: a slip in a hand-typed number, a nickname, a maiden name, a move of house.
 *
 * They start EM, and stand in for it on sets too small for EM to be stable (a few people).
 */
import type { ModelParameters } from './match-model.js';
import { comparedFields, type ComparedField } from './profiles.js';

const identifierPriors = { m: [0.9, 0.03, 0.002, 0.002, 0.03, 0.036], u: [1e-5, 1e-4, 1e-4, 1e-5, 1e-5, 0.99978] };
const loginPriors = { m: [0.95, 0.002, 0.002, 0.002, 0.002, 0.042], u: [1e-5, 1e-5, 1e-5, 1e-5, 1e-5, 0.99995] };

const fieldPriors: Record<ComparedField, { m: number[]; u: number[] }> = {
  staffNumber: identifierPriors,
  warrantNumber: identifierPriors,
  payrollNumber: identifierPriors,
  niNumber: identifierPriors,
  username: loginPriors,
  email: loginPriors,
  givenName: { m: [0.8, 0.05, 0.02, 0.08, 0.01, 0.04], u: [0.02, 0.01, 0.05, 0.005, 5e-4, 0.9145] },
  familyName: { m: [0.85, 0.05, 0.02, 0.002, 0.01, 0.068], u: [0.005, 0.003, 0.03, 1e-4, 2e-4, 0.9617] },
  dateOfBirth: { m: [0.93, 0.03, 0.002, 0.002, 0.02, 0.016], u: [7e-5, 1e-3, 1e-4, 1e-5, 1e-4, 0.99872] },
  postcode: { m: [0.7, 0.1, 0.002, 0.002, 0.002, 0.194], u: [1e-4, 5e-3, 1e-4, 1e-5, 1e-5, 0.99478] },
};

/**
 * The prior chance that two distinct identities drawn at random are one person: a person has a
 * handful of distinct recorded identities among tens of thousands of people.
 */
export const priorMatchProbability = 1e-4;

/** The priors as model fields (with `missing` at 1: it is never scored). */
export function priorFields(): ModelParameters['fields'] {
  return Object.fromEntries(
    comparedFields.map((field) => [field, { m: [...fieldPriors[field].m, 1], u: [...fieldPriors[field].u, 1] }]),
  ) as ModelParameters['fields'];
}
