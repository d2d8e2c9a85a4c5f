/**
 * Before the exit rehearsal, the decisions people make that an exit must not lose: a few flags
 * reviewed (one closed) and a cannot-link between two subjects' records. Made through the client,
 * on whatever the target holds after the accuracy run.
 */
import type { PlumblineClient } from '../../src/client/index.js';
import type { Meta } from '../../src/contract/index.js';
import { expectStatus } from '../suite/answers.js';

export async function addHumanDecisions(client: PlumblineClient, meta: Meta): Promise<void> {
  const claims = (capability: string) => meta.capabilities.includes(capability as never);
  if (claims('flags.review')) {
    const flags = expectStatus(await client.GET('/v1/flags', { params: { query: { status: 'open', limit: 3 } } }), 200, 'listing open flags').items;
    for (const [index, flag] of flags.entries()) {
      const path = { flagId: flag.flagId };
      expectStatus(
        await client.POST('/v1/flags/{flagId}/reviews', { params: { path }, body: { status: 'in_review', rationale: 'Exit rehearsal: picked up.' } }),
        201,
        'reviewing a flag',
      );
      if (index === 0) {
        const closing = { status: 'closed', outcome: 'no_further_action', rationale: 'Exit rehearsal: closed.' } as const;
        expectStatus(await client.POST('/v1/flags/{flagId}/reviews', { params: { path }, body: closing }), 201, 'closing a flag');
      }
    }
  }
  if (claims('consolidation.overrides')) {
    const subjects = expectStatus(await client.GET('/v1/subjects', { params: { query: { limit: 2 } } }), 200, 'listing subjects').items;
    if (subjects.length < 2) return;
    const [left, right] = await Promise.all(
      subjects.map(
        async ({ subjectId }) =>
          expectStatus(await client.GET('/v1/subjects/{subjectId}', { params: { path: { subjectId } } }), 200, 'reading a subject').records[0],
      ),
    );
    const body = {
      kind: 'cannot_link' as const,
      left: { sourceId: left.sourceId, recordId: left.recordId },
      right: { sourceId: right.sourceId, recordId: right.recordId },
      reason: 'Exit rehearsal.',
    };
    expectStatus(await client.POST('/v1/link-overrides', { body }), 201, 'recording a cannot-link');
  }
}
