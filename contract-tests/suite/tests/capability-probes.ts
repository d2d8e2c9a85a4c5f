/**
 * One harmless call per operation of each capability, for CAP-001: a target that does not claim
 * the capability must answer every one of them with 501. Bodies are valid, so that only the
 * missing capability can be the reason for a refusal.
 */
import type { PlumblineClient } from '../../../src/client/index.js';
import type { Capability } from '../../../src/contract/index.js';
import type { Answer } from '../answers.js';
import { employment } from '../record-builders.js';
import { ndjson, postImport, sourceRegistration } from '../target-api.js';
import type { UniqueIds } from '../unique.js';

type Probe = (client: PlumblineClient, ids: UniqueIds) => Promise<Answer>;

export const capabilityProbes: Record<Capability, Record<string, Probe>> = {
  sources: {
    listSources: (client) => client.GET('/v1/sources'),
    getSource: (client, ids) => client.GET('/v1/sources/{sourceId}', { params: { path: { sourceId: ids.of('probe') } } }),
    putSource: (client, ids) => client.PUT('/v1/sources/{sourceId}', { params: { path: { sourceId: ids.of('probe') } }, body: sourceRegistration('hr') }),
  },
  'records.ingest': {
    ingestRecords: (client, ids) =>
      client.POST('/v1/sources/{sourceId}/records', { params: { path: { sourceId: ids.of('probe') } }, body: { records: [employment(ids.of('rec'), { staffNumber: ids.of('staff') })] } }),
  },
  'records.read': {
    getRecord: (client, ids) => client.GET('/v1/sources/{sourceId}/records/{recordId}', { params: { path: { sourceId: ids.of('probe'), recordId: ids.of('rec') } } }),
  },
  'records.erase': {
    eraseRecord: (client, ids) => client.DELETE('/v1/sources/{sourceId}/records/{recordId}', { params: { path: { sourceId: ids.of('probe'), recordId: ids.of('rec') } } }),
  },
  consolidation: {
    startConsolidationRun: (client) => client.POST('/v1/consolidation-runs', { body: { mode: 'incremental' } }),
    listSubjects: (client) => client.GET('/v1/subjects'),
    getSubject: (client, ids) => client.GET('/v1/subjects/{subjectId}', { params: { path: { subjectId: ids.of('subject') } } }),
    listSubjectLinks: (client, ids) => client.GET('/v1/subjects/{subjectId}/links', { params: { path: { subjectId: ids.of('subject') } } }),
  },
  'consolidation.overrides': {
    listLinkOverrides: (client) => client.GET('/v1/link-overrides'),
    createLinkOverride: (client, ids) =>
      client.POST('/v1/link-overrides', {
        body: { kind: 'must_link', left: { sourceId: ids.of('probe'), recordId: 'a' }, right: { sourceId: ids.of('probe'), recordId: 'b' }, reason: 'Capability probe.' },
      }),
    deleteLinkOverride: (client, ids) => client.DELETE('/v1/link-overrides/{overrideId}', { params: { path: { overrideId: ids.of('override') } } }),
  },
  'subjects.search': {
    searchByName: (client) => client.GET('/v1/subjects', { params: { query: { name: 'Probe' } } }),
    searchByIdentifier: (client, ids) => client.GET('/v1/subjects', { params: { query: { identifier: ids.of('staff') } } }),
  },
  flagging: {
    listDetectors: (client) => client.GET('/v1/detectors'),
    startFlaggingRun: (client) => client.POST('/v1/flagging-runs', { body: { asOf: '2026-01-31' } }),
    listFlags: (client) => client.GET('/v1/flags'),
    getFlag: (client, ids) => client.GET('/v1/flags/{flagId}', { params: { path: { flagId: ids.of('flag') } } }),
  },
  'flags.review': {
    reviewFlag: (client, ids) =>
      client.POST('/v1/flags/{flagId}/reviews', { params: { path: { flagId: ids.of('flag') } }, body: { status: 'in_review', rationale: 'Capability probe.' } }),
  },
  'portability.export': {
    exportAll: (client) => client.GET('/v1/export', { parseAs: 'text' }),
  },
  'portability.import': {
    startImport: (client) =>
      postImport(
        client,
        ndjson([{ kind: 'header', contractVersion: '1.0.0', exportedAt: new Date().toISOString(), adapter: { id: 'probe', name: 'Probe', version: '0', vendor: 'Probe' } }, { kind: 'end', counts: {} }]),
      ),
  },
};
