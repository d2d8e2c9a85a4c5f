/**
 * The gateway serving the foundry connector (with authentication on, through the gateway's test
 * security), over a fresh simulator holding two registered sources.
 */
import type { FastifyInstance } from 'fastify';
import { buildGateway } from '../../../src/gateway/app.js';
import { createTestSecurity } from '../../../src/gateway/testing/test-security.js';
import type { RetryPolicy } from '../../../src/connectors/index.js';
import type { Role } from '../../../src/contract/index.js';
import { sources } from '../../reference/test/engine-fixture.js';
import { startFoundryFixture, type FoundryFixture } from './foundry-fixture.js';

export interface GatewayFixture extends FoundryFixture {
  readonly app: FastifyInstance;
  /** Headers of a caller with every role the tests need. */
  readonly headers: Record<string, string>;
}

export async function startGatewayFixture(options: { timeoutMs?: number; retry?: RetryPolicy } = {}): Promise<GatewayFixture> {
  const fixture = await startFoundryFixture(options);
  const { security, headersFor } = await createTestSecurity();
  const app = await buildGateway({ adapter: fixture.adapter, security });
  const roles: Role[] = ['ingest', 'analyst', 'reviewer', 'admin'];
  const headers = await headersFor(roles, 'tester');
  for (const [sourceId, source] of Object.entries(sources)) {
    const answer = await app.inject({ method: 'PUT', url: `/v1/sources/${sourceId}`, headers, payload: source });
    if (answer.statusCode !== 201) throw new Error(`registering ${sourceId}: ${answer.statusCode} ${answer.body}`);
  }
  return {
    ...fixture,
    app,
    headers,
    async close() {
      await app.close();
      await fixture.close();
    },
  };
}
