/**
 * A recorded identity as the platform's flat identity properties (`forename`, `collarNo`, …) and
 * back. Used on both sides of the wire, because these names are part of the published ontology.
 */
import { identityFields, type RecordedIdentity } from '../../../src/contract/identity.js';
import { identityProperties } from './vocabularies.js';

/** The identity's fields under the platform's property names; absent fields stay absent. */
export function identityToProperties(identity: RecordedIdentity): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const field of identityFields) {
    const value = identity[field];
    if (value !== undefined) properties[identityProperties.toSupplier(field)] = value;
  }
  return properties;
}

/** The identity held in an object's identity properties (unknown properties are ignored). */
export function identityFromProperties(properties: Readonly<Record<string, unknown>>): RecordedIdentity {
  const identity: Record<string, string> = {};
  for (const field of identityFields) {
    const value = properties[identityProperties.toSupplier(field)];
    if (typeof value === 'string') identity[field] = value;
  }
  return identity as RecordedIdentity;
}
