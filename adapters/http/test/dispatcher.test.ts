/**
 * The production path: requests through undici's fetch on an injected dispatcher (a MockAgent
 * here; no nock in this file). Method, headers and body must survive the hand-over from
 * openapi-fetch's Request, and redirects must not be followed.
 */
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleOf, Run } from '../../../src/contract/index.js';
import { createHttpAdapter } from '../http-adapter.js';
import { remoteSettings } from '../settings.js';
import { context, remoteMeta } from './nock-remote.js';

const REMOTE = 'http://remote.test';
let agent: MockAgent;

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  agent.get(REMOTE).intercept({ path: '/v1/meta', method: 'GET' }).reply(200, remoteMeta);
});
afterEach(async () => {
  agent.assertNoPendingInterceptors();
  await agent.close();
});

const connect = () => createHttpAdapter({ settings: remoteSettings({ baseUrl: REMOTE, token: 'service-token' }), dispatcher: agent });

describe('an injected undici dispatcher', () => {
  it('carries the method, headers and JSON body', async () => {
    const adapter = await connect();
    agent
      .get(REMOTE)
      .intercept({
        path: '/v1/flagging-runs',
        method: 'POST',
        headers: { authorization: 'Bearer service-token', 'plumbline-actor': 'alice', 'content-type': 'application/json' },
        body: JSON.stringify({ asOf: '2026-03-31' }),
      })
      .reply(202, { ...exampleOf(Run), kind: 'flagging' });

    expect(await adapter.flagging!.startRun({ asOf: '2026-03-31' } as never, context)).toMatchObject({ kind: 'flagging' });
  });

  it('does not follow a 308', async () => {
    const adapter = await connect();
    agent
      .get(REMOTE)
      .intercept({ path: '/v1/subjects/S1', method: 'GET' })
      .reply(308, { redirectTo: 'S2' }, { headers: { location: '/v1/subjects/S2' } });

    expect(await adapter.consolidation!.getSubject('S1', context)).toEqual({ redirectTo: 'S2' });
  });
});
