/**
 * One bad request never fails another's audit commit. Entries appended in the same turn of the
 * event loop share one transaction; an entry SQLite cannot store used to roll back the whole
 * batch, failing innocent requests with 500 (17 of 100 in an attack with an object `sub`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, type CryptoKey } from 'jose';
import { AuditTrail, type AuditRecord } from '../audit/audit-trail.js';
import { createSecuredGateway, TEST_AUDIENCE, TEST_ISSUER, TEST_JUSTIFICATION, type SecuredGateway } from '../testing/test-security.js';

const record = (actor: unknown, index: number): AuditRecord => ({
  occurredAt: new Date().toISOString(),
  actor: actor as string,
  role: 'reviewer',
  action: 'consultation',
  operation: 'getSubject',
  targets: [{ type: 'subject', id: `subj-${index}` }],
  criteria: {},
  justification: 'PSD-1',
  status: 200,
  requestId: `req-${index}`,
});

describe('the group commit', () => {
  it('commits every good entry of a batch that holds entries SQLite refuses', async () => {
    const trail = AuditTrail.open({ databasePath: ':memory:' });
    const appends = Array.from({ length: 100 }, (_, index) => trail.append(record(index % 6 === 0 ? { name: 'mallory' } : `alice-${index}`, index)));
    const results = await Promise.allSettled(appends);
    const refused = results.flatMap((result, index) => (result.status === 'rejected' ? [index] : []));
    expect(refused).toEqual(Array.from({ length: 17 }, (_, index) => index * 6));
    const committed = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value.sequence] : []));
    // The good entries are numbered without gaps, in the order they were appended.
    expect(committed).toEqual(Array.from({ length: 83 }, (_, index) => index + 1));
    await trail.close();
  });
});

describe('the gateway under concurrent requests', () => {
  let secured: SecuredGateway;
  beforeAll(async () => {
    secured = await createSecuredGateway();
  });
  afterAll(() => secured.app.close());

  it('refuses tokens with an object subject with 401 and answers every innocent request', async () => {
    const objectSubject = await new SignJWT({ roles: ['reviewer'], sub: { name: 'mallory' } as unknown as string })
      .setProtectedHeader({ alg: 'ES256', kid: secured.signingKey.publicJwk.kid })
      .setIssuer(TEST_ISSUER)
      .setAudience(TEST_AUDIENCE)
      .setExpirationTime('1h')
      .sign(secured.signingKey.privateKey as CryptoKey);
    const innocent = await secured.headersFor('reviewer', 'alice');
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, index) =>
        secured.app.inject({
          url: `/v1/subjects/subj-${index}`,
          headers: index % 6 === 0 ? { authorization: `Bearer ${objectSubject}`, 'plumbline-justification': TEST_JUSTIFICATION } : innocent,
        }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 401)).toHaveLength(17);
    expect(statuses.filter((status) => status === 200)).toHaveLength(83);
    expect(responses[0].headers['content-type']).toContain('application/problem+json');
  });
});
