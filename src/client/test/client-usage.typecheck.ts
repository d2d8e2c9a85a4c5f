/**
 * Compiled by tsc in client.test.ts (not run): proves the generated types catch client mistakes.
 * Every `@ts-expect-error` must stay an error; if the types loosen, tsc reports it as unused.
 */
import { createPlumblineClient, type components } from '../index.js';

type RecordInput = components['schemas']['RecordInput'];

const client = createPlumblineClient({ baseUrl: 'http://127.0.0.1:8080', token: 'token', justification: 'CASE-1' });

export async function usage() {
  const meta = await client.GET('/v1/meta');
  const version: string | undefined = meta.data?.contractVersion;

  const subject = await client.GET('/v1/subjects/{subjectId}', { params: { path: { subjectId: 'subj-1' } } });
  const identity = subject.data?.canonicalIdentity.familyName;

  const flags = await client.GET('/v1/flags', { params: { query: { status: 'open', limit: 10 } } });
  const firstSeverity: 'low' | 'medium' | 'high' | undefined = flags.data?.items[0]?.severity;

  await client.POST('/v1/flags/{flagId}/reviews', {
    params: { path: { flagId: 'f1' } },
    body: { status: 'closed', outcome: 'welfare_support', rationale: 'Referred to occupational health.' },
  });

  await client.POST('/v1/sources/{sourceId}/records', {
    params: { path: { sourceId: 'uof' } },
    body: {
      records: [
        {
          type: 'use_of_force',
          recordId: 'U1',
          occurredAt: '2026-02-28T01:40:00Z',
          identity: { warrantNumber: '214871' },
          incidentReference: 'CAD-1',
          tactic: 'taser',
        },
      ],
    },
  });

  // @ts-expect-error: no such route
  await client.GET('/v1/people');

  // @ts-expect-error: the subject id is a required path parameter
  await client.GET('/v1/subjects/{subjectId}', {});

  // @ts-expect-error: `pending` is not a flag status
  await client.GET('/v1/flags', { params: { query: { status: 'pending' } } });

  // @ts-expect-error: `dismissed` is not a review outcome
  await client.POST('/v1/flags/{flagId}/reviews', { params: { path: { flagId: 'f1' } }, body: { status: 'closed', outcome: 'dismissed', rationale: 'x' } });

  // Batch items are any value by contract (each is judged on its own, and a validating proxy must not
  // refuse the batch), so a client types its records with the request form of `Record`.
  // @ts-expect-error: a use-of-force record needs its tactic
  const untyped: RecordInput = { type: 'use_of_force', recordId: 'U1', occurredAt: '2026-02-28T01:40:00Z', identity: {}, incidentReference: 'CAD-1' };
  await client.POST('/v1/sources/{sourceId}/records', { params: { path: { sourceId: 'uof' } }, body: { records: [untyped] } });

  // @ts-expect-error: severity is a closed set
  const wrong: 'critical' = flags.data!.items[0].severity;

  return { version, identity, firstSeverity, wrong };
}
