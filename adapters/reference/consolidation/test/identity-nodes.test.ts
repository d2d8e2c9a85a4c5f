import { describe, expect, it } from 'vitest';
import { nodeKeyOf } from '../identity-nodes.js';

describe('nodeKeyOf', () => {
  const identity = { staffNumber: 'S1004321', givenName: 'Robert', familyName: 'Okafor' };

  it('gives one key to one source and identical identity holding a strong identifier, whatever the field order', () => {
    const reordered = { familyName: 'Okafor', givenName: 'Robert', staffNumber: 'S1004321' };
    expect(nodeKeyOf('hr-core', identity)).toBe(nodeKeyOf('hr-core', reordered));
    expect(nodeKeyOf('hr-core', identity)).not.toBeNull();
  });

  it('tells sources and any difference in the identity apart', () => {
    const key = nodeKeyOf('hr-core', identity);
    expect(nodeKeyOf('training', identity)).not.toBe(key);
    expect(nodeKeyOf('hr-core', { ...identity, givenName: 'Bob' })).not.toBe(key);
    expect(nodeKeyOf('hr-core', { ...identity, givenName: 'robert' })).not.toBe(key);
    expect(nodeKeyOf('hr-core', { ...identity, postcode: 'SE1 7PB' })).not.toBe(key);
  });

  it('gives no key to an identity without a strong identifier', () => {
    expect(nodeKeyOf('intelligence', { givenName: 'Robert', familyName: 'Okafor', dateOfBirth: '1986-04-12' })).toBeNull();
    expect(nodeKeyOf('access', { username: 'okaforr' })).not.toBeNull();
    expect(nodeKeyOf('hr-core', { email: 'robert.okafor@force.example' })).not.toBeNull();
  });
});
