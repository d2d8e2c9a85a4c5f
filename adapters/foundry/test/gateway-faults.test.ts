/**
 * Fault tests against the simulator, through the gateway: 429 storms, 500s, slow answers, dropped
 * connections and malformed bodies. The gateway stays up, clients get the right problem, and
 * nothing is lost or duplicated.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hrRecords } from '../../reference/test/engine-fixture.js';
import { context } from '../../reference/test/engine-fixture.js';
import { startGatewayFixture, type GatewayFixture } from './gateway-fixture.js';

let fixture: GatewayFixture;
const records = hrRecords.slice(0, 2);

beforeAll(async () => {
  fixture = await startGatewayFixture({ timeoutMs: 150 });
});
afterAll(() => fixture.close());
beforeEach(() => fixture.simulator.faults.clear());

const inject = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => fixture.app.inject({ method, url, headers: fixture.headers, payload });
const problemType = (body: string) => (JSON.parse(body) as { type: string }).type;
const heldRecords = async () => {
  let count = 0;
  for await (const line of fixture.simulator.engine.portability.exportAll(context)) if (line.kind === 'record') count += 1;
  return count;
};
/** The gateway still serves once the faults are gone. */
async function expectGatewayUp() {
  fixture.simulator.faults.clear();
  expect((await inject('GET', '/v1/sources')).statusCode).toBe(200);
}

describe('the gateway over the foundry connector', () => {
  it('serves meta with the connector’s identity and every capability but the possible-match queue, which it declines with 501', async () => {
    const meta = JSON.parse((await inject('GET', '/v1/meta')).body);
    expect(meta.adapter).toMatchObject({ id: 'foundry' });
    expect(meta.capabilities).toHaveLength(11);
    expect(meta.capabilities).not.toContain('consolidation.candidates');
    const queue = await inject('GET', '/v1/link-candidates');
    expect([queue.statusCode, JSON.parse(queue.body).capability]).toEqual([501, 'consolidation.candidates']);
    expect((await fixture.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });
});

describe('throttling and server errors', () => {
  it('waits out the platform’s own rate limit (503 with Retry-After) for a burst of callers', async () => {
    fixture.simulator.setThrottle({ requestsPerSecond: 100, burst: 2, status: 503 });
    try {
      const answers = await Promise.all([0, 1, 2].map(() => inject('GET', '/v1/sources')));
      expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200]);
    } finally {
      fixture.simulator.setThrottle(undefined);
    }
  });

  it('rides out a short 429 storm by honouring Retry-After', async () => {
    fixture.simulator.faults.inject({ method: 'GET', path: '/objects/DataSource', times: 2, effect: { kind: 'status', status: 429, retryAfterSeconds: 0 } });
    const answer = await inject('GET', '/v1/sources');
    expect(answer.statusCode).toBe(200);
    expect(fixture.simulator.faults.injected).toBeGreaterThanOrEqual(2);
  });

  it('answers a storm that outlasts the retries with a retryable 503 and Retry-After', async () => {
    fixture.simulator.faults.inject({ path: '/objects/DataSource', times: Infinity, effect: { kind: 'status', status: 429, retryAfterSeconds: 0 } });
    const answer = await inject('GET', '/v1/sources');
    expect(answer.statusCode).toBe(503);
    expect(problemType(answer.body)).toBe('urn:plumbline:problem:upstream-unavailable');
    expect(JSON.parse(answer.body)).toMatchObject({ retryable: true, adapter: 'foundry' });
    await expectGatewayUp();
  });

  it('passes a Retry-After longer than the connector waits on to the client at once', async () => {
    fixture.simulator.faults.inject({ path: '/objects/DataSource', times: Infinity, effect: { kind: 'status', status: 503, retryAfterSeconds: 120 } });
    const injectedBefore = fixture.simulator.faults.injected;
    const answer = await inject('GET', '/v1/sources');
    expect(answer.statusCode).toBe(503);
    expect(answer.headers['retry-after']).toBe('120');
    expect(fixture.simulator.faults.injected - injectedBefore).toBe(1);
  });

  it('retries a 500 on a read, but answers a 500 on ingest with 502 and applies it exactly once on the client’s retry', async () => {
    fixture.simulator.faults.inject({ method: 'GET', path: '/objects/DataSource', times: 1, effect: { kind: 'status', status: 500 } });
    expect((await inject('GET', '/v1/sources')).statusCode).toBe(200);

    const before = await heldRecords();
    fixture.simulator.faults.inject({ path: /\/actions\/ingest-records\/apply(Batch)?$/, times: 1, effect: { kind: 'status', status: 500 } });
    const failed = await inject('POST', '/v1/sources/hr/records', { records });
    expect(failed.statusCode).toBe(502);
    expect(problemType(failed.body)).toBe('urn:plumbline:problem:upstream-failure');
    const retried = await inject('POST', '/v1/sources/hr/records', { records });
    expect(retried.statusCode).toBe(200);
    expect(JSON.parse(retried.body).counts).toMatchObject({ created: 2 });
    expect(await heldRecords()).toBe(before + 2);
  });
});

describe('slow answers', () => {
  it('retries a slow read, and answers 504 when the platform stays slow', async () => {
    fixture.simulator.faults.inject({ path: '/objects/DataSource', phase: 'before', times: 1, effect: { kind: 'delay', milliseconds: 400 } });
    expect((await inject('GET', '/v1/sources')).statusCode).toBe(200);
    fixture.simulator.faults.inject({ path: '/objects/DataSource', phase: 'before', times: Infinity, effect: { kind: 'delay', milliseconds: 400 } });
    const answer = await inject('GET', '/v1/sources');
    expect(answer.statusCode).toBe(504);
    expect(problemType(answer.body)).toBe('urn:plumbline:problem:upstream-timeout');
    await expectGatewayUp();
  });

  it('confirms a write whose answer came too late instead of repeating it', async () => {
    const review = await openFlagForReview();
    fixture.simulator.faults.inject({ path: /\/actions\/review-flag\/apply(Batch)?$/, phase: 'after', times: 1, effect: { kind: 'delay', milliseconds: 300 } });
    const answer = await inject('POST', `/v1/flags/${review}/reviews`, { status: 'in_review', rationale: 'Picked up.' });
    expect(answer.statusCode).toBe(201);
    expect(JSON.parse(answer.body).reviews).toHaveLength(1);
  });
});

describe('dropped connections', () => {
  it('ingest dropped before the platform saw it: 503, and the client’s retry stores each record once', async () => {
    const batch = hrRecords.slice(2, 3);
    const before = await heldRecords();
    fixture.simulator.faults.inject({ path: /\/actions\/ingest-records\/apply(Batch)?$/, phase: 'before', times: 1, effect: { kind: 'drop' } });
    const failed = await inject('POST', '/v1/sources/hr/records', { records: batch });
    expect(failed.statusCode).toBe(503);
    expect(await heldRecords()).toBe(before);
    const retried = await inject('POST', '/v1/sources/hr/records', { records: batch });
    expect(JSON.parse(retried.body).counts).toMatchObject({ created: 1 });
    expect(await heldRecords()).toBe(before + 1);
  });

  it('ingest dropped after the platform applied it: confirmed by its receipt, with the true outcomes', async () => {
    const batch = [
      { ...hrRecords[0]!, recordId: 'EMP-DROP-1' },
      { ...hrRecords[1]!, recordId: 'EMP-DROP-2' },
    ];
    const before = await heldRecords();
    fixture.simulator.faults.inject({ path: /\/actions\/ingest-records\/apply(Batch)?$/, phase: 'after', times: 1, effect: { kind: 'drop' } });
    const answer = await inject('POST', '/v1/sources/hr/records', { records: batch });
    expect(answer.statusCode).toBe(200);
    expect(JSON.parse(answer.body).counts).toMatchObject({ created: 2, unchanged: 0 });
    expect(await heldRecords()).toBe(before + 2);
  });

  it('a review dropped after it was applied is confirmed, not applied twice', async () => {
    const flagId = await openFlagForReview();
    fixture.simulator.faults.inject({ path: /\/actions\/review-flag\/apply(Batch)?$/, phase: 'after', times: 1, effect: { kind: 'drop' } });
    const answer = await inject('POST', `/v1/flags/${flagId}/reviews`, { status: 'in_review', rationale: 'Picked up.' });
    expect(answer.statusCode).toBe(201);
    const flag = await fixture.simulator.engine.flagging.getFlag(flagId, context);
    expect(flag.reviews).toHaveLength(1);
    expect(flag.status).toBe('in_review');
  });
});

describe('malformed answers', () => {
  it('answers a body cut short, or a property of the wrong type, with a 502 naming the adapter (and the field)', async () => {
    fixture.simulator.faults.inject({ path: '/objects/DataSource/hr', times: 1, effect: { kind: 'malformed', variant: 'truncated' } });
    const truncated = await inject('GET', '/v1/sources/hr');
    expect(truncated.statusCode).toBe(502);
    expect(JSON.parse(truncated.body)).toMatchObject({ type: 'urn:plumbline:problem:upstream-failure', adapter: 'foundry' });
    expect(JSON.parse(truncated.body).detail).toContain('not JSON');

    fixture.simulator.faults.inject({ path: '/objects/DataSource/hr', times: 1, effect: { kind: 'malformed', variant: 'wrong-type' } });
    const wrongType = await inject('GET', '/v1/sources/hr');
    expect(wrongType.statusCode).toBe(502);
    expect(JSON.parse(wrongType.body).errors).toEqual([expect.objectContaining({ path: '/sourceKey' })]);
    await expectGatewayUp();
  });
});

describe('credentials', () => {
  it('renews a revoked token once for concurrent callers', async () => {
    const issued = fixture.simulator.tokens.issued;
    fixture.simulator.tokens.revokeAll();
    const answers = await Promise.all(Array.from({ length: 5 }, () => inject('GET', '/v1/sources')));
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(fixture.simulator.tokens.issued).toBe(issued + 1);
  });
});

/** Raises a flag (three allegations in a year) and returns its id. */
async function openFlagForReview(): Promise<string> {
  const identity = { staffNumber: `S-${Math.random().toString(36).slice(2, 8)}`, familyName: 'Reviewable' };
  const allegation = (index: number) => ({
    type: 'allegation',
    recordId: `ALG-${identity.staffNumber}-${index}`,
    occurredAt: `2026-0${index + 1}-10T10:00:00Z`,
    identity,
    caseReference: `CASE-${identity.staffNumber}-${index}`,
    category: 'discreditable_conduct',
    origin: 'public',
    outcome: 'pending',
  });
  await inject('POST', '/v1/sources/complaints/records', { records: [0, 1, 2].map(allegation) });
  const consolidation = JSON.parse((await inject('POST', '/v1/consolidation-runs', { mode: 'incremental' })).body);
  await fixture.simulator.engine.idle();
  const flagging = JSON.parse((await inject('POST', '/v1/flagging-runs', { asOf: '2026-03-31', detectors: [{ detectorId: 'repeated-allegations' }] })).body);
  await fixture.simulator.engine.idle();
  expect([consolidation.runId, flagging.runId]).not.toContain(undefined);
  const subjects = await fixture.simulator.engine.consolidation.listSubjects({ identifier: identity.staffNumber }, { limit: 1 }, context);
  const flags = await fixture.simulator.engine.flagging.listFlags({ subjectId: subjects.items[0]!.subjectId, status: 'open' }, { limit: 1 }, context);
  return flags.items[0]!.flagId;
}
