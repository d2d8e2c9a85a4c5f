/**
 * One harmless call per operation of each capability, for CAP-001: a target that does not claim
 * a capability must answer every call needing it with 501. Bodies are valid, so that only the
 * missing capability can be the reason for a refusal.
 */
import type { PlumblineClient } from '../../../src/client/index.js';
import type { Capability } from '../../../src/contract/index.js';
import type { Answer } from '../answers.js';
import { employment } from '../record-builders.js';
import { ndjson, postImport, sourceRegistration } from '../target-api.js';
import type { UniqueIds } from '../unique.js';

/** One harmless call, and every capability it needs: declining any one of them must refuse it. */
export interface CapabilityProbe {
  readonly operation: string;
  readonly needs: readonly Capability[];
  call(client: PlumblineClient, ids: UniqueIds): Promise<Answer>;
}

const probe = (operation: string, needs: Capability | readonly Capability[], call: CapabilityProbe['call']): CapabilityProbe => ({
  operation,
  needs: typeof needs === 'string' ? [needs] : needs,
  call,
});

export const capabilityProbes: readonly CapabilityProbe[] = [
  probe('listSources', 'sources', (client) => client.GET('/v1/sources')),
  probe('getSource', 'sources', (client, ids) => client.GET('/v1/sources/{sourceId}', { params: { path: { sourceId: ids.of('probe') } } })),
  probe('putSource', 'sources', (client, ids) =>
    client.PUT('/v1/sources/{sourceId}', { params: { path: { sourceId: ids.of('probe') } }, body: sourceRegistration('hr') }),
  ),
  probe('ingestRecords', 'records.ingest', (client, ids) =>
    client.POST('/v1/sources/{sourceId}/records', {
      params: { path: { sourceId: ids.of('probe') } },
      body: { records: [employment(ids.of('rec'), { staffNumber: ids.of('staff') })] },
    }),
  ),
  probe('getRecord', 'records.read', (client, ids) =>
    client.GET('/v1/sources/{sourceId}/records/{recordId}', { params: { path: { sourceId: ids.of('probe'), recordId: ids.of('rec') } } }),
  ),
  probe('eraseRecord', 'records.erase', (client, ids) =>
    client.DELETE('/v1/sources/{sourceId}/records/{recordId}', { params: { path: { sourceId: ids.of('probe'), recordId: ids.of('rec') } } }),
  ),
  probe('startConsolidationRun', 'consolidation', (client) => client.POST('/v1/consolidation-runs', { body: { mode: 'incremental' } })),
  probe('listSubjects', 'consolidation', (client) => client.GET('/v1/subjects')),
  probe('getSubject', 'consolidation', (client, ids) => client.GET('/v1/subjects/{subjectId}', { params: { path: { subjectId: ids.of('subject') } } })),
  probe('listSubjectLinks', 'consolidation', (client, ids) =>
    client.GET('/v1/subjects/{subjectId}/links', { params: { path: { subjectId: ids.of('subject') } } }),
  ),
  probe('listLinkOverrides', 'consolidation.overrides', (client) => client.GET('/v1/link-overrides')),
  probe('createLinkOverride', 'consolidation.overrides', (client, ids) =>
    client.POST('/v1/link-overrides', {
      body: {
        kind: 'must_link',
        left: { sourceId: ids.of('probe'), recordId: 'a' },
        right: { sourceId: ids.of('probe'), recordId: 'b' },
        reason: 'Capability probe.',
      },
    }),
  ),
  probe('deleteLinkOverride', 'consolidation.overrides', (client, ids) =>
    client.DELETE('/v1/link-overrides/{overrideId}', { params: { path: { overrideId: ids.of('override') } } }),
  ),
  // A search lists subjects: a target declining either may name either.
  probe('listLinkCandidates', 'consolidation.candidates', (client) => client.GET('/v1/link-candidates')),
  probe('searchByName', ['subjects.search', 'consolidation'], (client) => client.GET('/v1/subjects', { params: { query: { name: 'Probe' } } })),
  probe('searchByIdentifier', ['subjects.search', 'consolidation'], (client, ids) =>
    client.GET('/v1/subjects', { params: { query: { identifier: ids.of('staff') } } }),
  ),
  probe('listDetectors', 'flagging', (client) => client.GET('/v1/detectors')),
  probe('startFlaggingRun', 'flagging', (client) => client.POST('/v1/flagging-runs', { body: { asOf: '2026-01-31' } })),
  probe('listFlags', 'flagging', (client) => client.GET('/v1/flags')),
  probe('getFlag', 'flagging', (client, ids) => client.GET('/v1/flags/{flagId}', { params: { path: { flagId: ids.of('flag') } } })),
  probe('reviewFlag', 'flags.review', (client, ids) =>
    client.POST('/v1/flags/{flagId}/reviews', { params: { path: { flagId: ids.of('flag') } }, body: { status: 'in_review', rationale: 'Capability probe.' } }),
  ),
  probe('redactReviewRationale', 'flags.review', (client, ids) =>
    client.POST('/v1/flags/{flagId}/reviews/{reviewId}/redaction', {
      params: { path: { flagId: ids.of('flag'), reviewId: ids.of('rev') } },
      body: { reason: 'erasure' },
    }),
  ),
  probe('exportAll', 'portability.export', (client) => client.GET('/v1/export', { parseAs: 'text' })),
  probe('startImport', 'portability.import', (client) =>
    postImport(
      client,
      ndjson([
        {
          kind: 'header',
          contractVersion: '1.0.0',
          exportedAt: new Date().toISOString(),
          adapter: { id: 'probe', name: 'Probe', version: '0', vendor: 'Probe' },
        },
        { kind: 'end', counts: {} },
      ]),
    ),
  ),
];
