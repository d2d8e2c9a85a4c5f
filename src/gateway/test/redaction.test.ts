/**
 * Redacting a review's rationale through the gateway: admins only, with a justification, recorded
 * in the audit trail as an erasure of the flag's review; an adapter that cannot redact answers 501.
 */
import { describe, expect, it } from 'vitest';
import { createRecordingAdapter } from '../testing/recording-adapter.js';
import { createSecuredGateway } from '../testing/test-security.js';

const url = '/v1/flags/flag-1/reviews/rev-001/redaction';

describe('redacting a review rationale', () => {
  it('is for admins, needs a justification, reaches the adapter and is audited as an erasure', async () => {
    const { app, adapter, headersFor, tokenFor } = await createSecuredGateway();
    expect((await app.inject({ method: 'POST', url, payload: { reason: 'erasure' }, headers: await headersFor('reviewer') })).statusCode).toBe(403);
    const unjustified = await app.inject({
      method: 'POST',
      url,
      payload: { reason: 'erasure' },
      headers: { authorization: `Bearer ${await tokenFor('admin')}` },
    });
    expect(unjustified.statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url, payload: { reason: 'because' }, headers: await headersFor('admin') })).statusCode).toBe(400);

    const answer = await app.inject({ method: 'POST', url, payload: { reason: 'erasure' }, headers: await headersFor('admin', 'admin-7') });
    expect(answer.statusCode).toBe(200);
    expect(adapter.calls.at(-1)).toMatchObject({ method: 'redactReview', args: ['flag-1', 'rev-001', { reason: 'erasure' }, { actor: 'admin-7' }] });
    const audit = await app.inject({ url: '/v1/audit-events?actor=admin-7', headers: await headersFor('auditor') });
    // A change: its attempt, committed before the adapter was called, then its outcome.
    const recorded = { operation: 'redactReviewRationale', action: 'erasure', role: 'admin', targets: [{ type: 'flag', id: 'flag-1' }] };
    expect(audit.json().items).toEqual([
      expect.objectContaining({ ...recorded, outcome: 'attempted', status: 0 }),
      expect.objectContaining({ ...recorded, outcome: 'succeeded', status: 200 }),
    ]);
    await app.close();
  });

  it('answers 501 when the adapter cannot redact', async () => {
    const adapter = createRecordingAdapter();
    delete (adapter.flagging as { redactReview?: unknown }).redactReview;
    const { app, headersFor } = await createSecuredGateway({ adapter });
    const answer = await app.inject({ method: 'POST', url, payload: { reason: 'erasure' }, headers: await headersFor('admin') });
    expect(answer.statusCode).toBe(501);
    expect(answer.json().type).toBe('urn:plumbline:problem:capability-unsupported');
    await app.close();
  });
});
