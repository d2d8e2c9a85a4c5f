/**
 * Security for in-process tests in one call: a fresh signing key, the gateway's `security` option
 * trusting it, and `tokenFor` to mint a token for any role.
 *
 *   const { security, tokenFor } = await createTestSecurity();
 *   const app = await buildGateway({ adapter, security });
 *   await app.inject({ url: '/v1/flags', headers: { authorization: `Bearer ${await tokenFor('reviewer')}`, 'plumbline-justification': 'PSD-1' } });
 *
 * or, with a recording adapter, `const { app, adapter, headersFor } = await createSecuredGateway()`.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { JUSTIFICATION_HEADER, type Role } from '../../contract/index.js';
import { buildGateway } from '../app.js';
import { generateSigningKey, mintToken, type SigningKey } from '../security/development-key.js';
import type { GatewaySecurity } from '../security/gateway-security.js';
import { keysFromJwks } from '../security/verification-keys.js';
import { createRecordingAdapter, type RecordingAdapter } from './recording-adapter.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { ParallelRun } from '../../parallel-run/parallel-run.js';

export const TEST_ISSUER = 'urn:plumbline:test';
export const TEST_AUDIENCE = 'plumbline-test';
/** The justification `headersFor` sends. */
export const TEST_JUSTIFICATION = 'TEST-CASE-0001';

export interface TestSecurityOptions {
  /** The audit trail file; in memory by default. */
  readonly auditDatabasePath?: string;
  /** Off by default so that tests never trip over it; set a number to test the limit. */
  readonly rateLimitPerMinute?: number | false;
  readonly corsOrigins?: readonly string[];
  /** Production mode, for tests of what production refuses. */
  readonly production?: boolean;
}

export interface TestSecurity {
  /** Pass to `buildGateway`. */
  readonly security: GatewaySecurity;
  /** The key tokens are signed with. */
  readonly signingKey: SigningKey;
  /** A token for one or more roles; the subject defaults to `test-<role>`. `ttl` defaults to 1h. */
  tokenFor(role: Role | readonly Role[], subject?: string, ttl?: string): Promise<string>;
  /** `authorization` and `plumbline-justification` headers for `inject` or fetch. */
  headersFor(role: Role | readonly Role[], subject?: string): Promise<Record<string, string>>;
}

export async function createTestSecurity(options: TestSecurityOptions = {}): Promise<TestSecurity> {
  const signingKey = await generateSigningKey(`test-${randomUUID()}`);
  const tokenFor = (role: Role | readonly Role[], subject?: string, ttl = '1h') => {
    const roles: readonly Role[] = typeof role === 'string' ? [role] : role;
    return mintToken(signingKey, { subject: subject ?? `test-${roles.join('-') || 'nobody'}`, roles, issuer: TEST_ISSUER, audience: TEST_AUDIENCE, ttl });
  };
  return {
    signingKey,
    security: {
      authentication: { keys: keysFromJwks([signingKey.publicJwk]).getKey, issuer: TEST_ISSUER, audience: TEST_AUDIENCE, production: options.production },
      audit: { databasePath: options.auditDatabasePath ?? ':memory:' },
      rateLimitPerMinute: options.rateLimitPerMinute ?? false,
      corsOrigins: options.corsOrigins,
    },
    tokenFor,
    headersFor: async (role, subject) => ({ authorization: `Bearer ${await tokenFor(role, subject)}`, [JUSTIFICATION_HEADER]: TEST_JUSTIFICATION }),
  };
}

export interface SecuredGateway extends TestSecurity {
  readonly app: FastifyInstance;
  readonly adapter: RecordingAdapter;
}

/** A gateway with security on over a recording adapter (or the one given), ready to `inject`. */
export async function createSecuredGateway(options: TestSecurityOptions & { adapter?: RecordingAdapter } = {}): Promise<SecuredGateway> {
  const testSecurity = await createTestSecurity(options);
  const adapter = options.adapter ?? createRecordingAdapter();
  if (!adapter.capabilities.includes('parallel-run'))
    return { ...testSecurity, adapter, app: await buildGateway({ adapter, security: testSecurity.security }) };
  // An adapter claiming every capability gets a parallel run too, so that every operation can answer. Its
  // background reads (comparisons after runs) go to recording adapters of its own: the served adapter's
  // calls stay those of the requests a test makes.
  const auditTrail = AuditTrail.open(testSecurity.security.audit);
  const parallelRun = new ParallelRun({ primary: createRecordingAdapter(), candidate: createRecordingAdapter(), trail: auditTrail, sampleEvery: 0 });
  return { ...testSecurity, adapter, app: await buildGateway({ adapter, security: testSecurity.security, auditTrail, parallelRun }) };
}
