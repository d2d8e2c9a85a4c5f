/**
 * A subject's identity facts from the identities its records carry. Every adapter builds
 * `DetectorSubject.identity` the same way, so it lives here.
 */
import type { RecordedIdentity } from '../contract/index.js';
import { compareText } from './evidence.js';
import type { SubjectIdentityFacts } from './types.js';

/** The distinct values (as recorded, sorted) of the fields detectors read, over every identity given. */
export function identityFactsOf(identities: Iterable<RecordedIdentity>): SubjectIdentityFacts {
  const familyNames = new Set<string>();
  const postcodes = new Set<string>();
  const staffNumbers = new Set<string>();
  const warrantNumbers = new Set<string>();
  const usernames = new Set<string>();
  for (const identity of identities) {
    if (identity.familyName !== undefined) familyNames.add(identity.familyName);
    if (identity.postcode !== undefined) postcodes.add(identity.postcode);
    if (identity.staffNumber !== undefined) staffNumbers.add(identity.staffNumber);
    if (identity.warrantNumber !== undefined) warrantNumbers.add(identity.warrantNumber);
    if (identity.username !== undefined) usernames.add(identity.username);
  }
  const sorted = (values: Set<string>) => [...values].sort(compareText);
  return {
    familyNames: sorted(familyNames),
    postcodes: sorted(postcodes),
    staffNumbers: sorted(staffNumbers),
    warrantNumbers: sorted(warrantNumbers),
    usernames: sorted(usernames),
  };
}
