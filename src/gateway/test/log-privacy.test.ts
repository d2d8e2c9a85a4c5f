/**
 * No personal data in application logs: requests carrying names, identifiers, ids in paths,
 * search terms, tokens and justifications, including failures and an adapter crash quoting a
 * name, go through a gateway logging everything (trace) to a buffer; none of those strings may
 * appear in it, while the log still says what happened.
 */
import { describe, expect, it } from 'vitest';
import { buildGateway } from '../app.js';
import { createRecordingAdapter } from '../testing/recording-adapter.js';
import { createTestSecurity } from '../testing/test-security.js';
import { exampleOf, UseOfForceRecord } from '../../contract/index.js';

describe('application logs', () => {
  it('hold no names, identifiers, ids, search terms, tokens or justifications', async () => {
    const lines: string[] = [];
    const testSecurity = await createTestSecurity();
    const adapter = createRecordingAdapter({
      answers: {
        getFlag: () => {
          throw new Error('lookup failed for Jane Doe (staff S7654321)');
        },
      },
    });
    const app = await buildGateway({
      adapter,
      security: testSecurity.security,
      logger: { level: 'trace', stream: { write: (line: string) => void lines.push(line) } },
    });

    const token = await testSecurity.tokenFor(['analyst', 'reviewer', 'admin', 'ingest'], 'alice.okafor');
    const justification = 'Complaint by Winifred Baggins about PC Okafor';
    const headers = { authorization: `Bearer ${token}`, 'plumbline-justification': justification };
    const record = { ...exampleOf(UseOfForceRecord), recordId: 'UOF-OKAFOR-1' };
    const requests = [
      { url: '/v1/subjects?name=Okafor&identifier=S1004321', headers },
      { url: '/v1/subjects/subj-robert-okafor', headers },
      { url: '/v1/sources/uof/records/UOF-OKAFOR-1', headers },
      {
        method: 'POST' as const,
        url: '/v1/sources/uof/records',
        payload: { records: [record, { ...record, recordId: 'UOF-BAD', occurredAt: 'Robert’s birthday' }] },
        headers,
      },
      { method: 'DELETE' as const, url: '/v1/sources/uof/records/UOF-OKAFOR-1?reason=rectification', headers },
      { url: '/v1/flags/flag-jane-doe', headers },
      { url: '/v1/subjects/subj-robert-okafor', headers: { authorization: `Bearer ${token}x` } },
      { url: '/v1/subjects/subj-robert-okafor', headers: { authorization: headers.authorization, 'plumbline-justification': `${justification}\u0007` } },
      { url: '/v1/audit-events?actor=alice.okafor', headers },
    ];
    for (const request of requests) await app.inject(request);
    await app.close();

    const log = lines.join('');
    // One line a request, by route pattern, once answered.
    expect(log).toContain('"msg":"GET /v1/subjects/:subjectId 200');
    expect(log).not.toContain('incoming request');
    expect(log).toContain('request failed');
    for (const secret of [
      'Okafor',
      'OKAFOR',
      'okafor',
      'Robert',
      'S1004321',
      'Jane Doe',
      'S7654321',
      'Winifred',
      'jane-doe',
      token.slice(0, 40),
      token.slice(-40),
      '1986-04-12',
    ]) {
      expect(log, `the log contains "${secret}"`).not.toContain(secret);
    }
  });
});
