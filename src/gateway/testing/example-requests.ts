/**
 * One valid example request per operation, keyed by operation id, so that tests generated from
 * the operations table (capabilities, roles) can call every route. A new operation without an
 * example here is a type error.
 */
import type { InjectOptions } from 'fastify';
import { exampleOf, FairnessAuditRequest, LinkOverrideRequest, SourceRegistration, UseOfForceRecord } from '../../contract/index.js';
import type { OperationId } from '../operations.js';

export type ExampleRequest = Pick<InjectOptions, 'method' | 'url' | 'payload' | 'headers'> & { method: string; url: string };

const importLines = [
  { kind: 'header', contractVersion: '1.0.0', exportedAt: '2026-03-01T08:00:00Z', adapter: { id: 'a', name: 'A', version: '1', vendor: 'V' } },
  { kind: 'end', counts: {} },
];

export const exampleRequests: Record<OperationId, ExampleRequest> = {
  getMeta: { method: 'GET', url: '/v1/meta' },
  putSource: { method: 'PUT', url: '/v1/sources/s1', payload: exampleOf(SourceRegistration) },
  getSource: { method: 'GET', url: '/v1/sources/s1' },
  listSources: { method: 'GET', url: '/v1/sources' },
  ingestRecords: { method: 'POST', url: '/v1/sources/s1/records', payload: { records: [exampleOf(UseOfForceRecord)] } },
  getRecord: { method: 'GET', url: '/v1/sources/s1/records/r1' },
  eraseRecord: { method: 'DELETE', url: '/v1/sources/s1/records/r1' },
  startConsolidationRun: { method: 'POST', url: '/v1/consolidation-runs', payload: {} },
  startFlaggingRun: { method: 'POST', url: '/v1/flagging-runs', payload: { asOf: '2026-03-31' } },
  startImport: {
    method: 'POST',
    url: '/v1/imports',
    payload: importLines.map((line) => JSON.stringify(line)).join('\n') + '\n',
    headers: { 'content-type': 'application/x-ndjson' },
  },
  getRun: { method: 'GET', url: '/v1/runs/run-1' },
  listSubjects: { method: 'GET', url: '/v1/subjects' },
  getSubject: { method: 'GET', url: '/v1/subjects/x' },
  listSubjectLinks: { method: 'GET', url: '/v1/subjects/x/links' },
  createLinkOverride: { method: 'POST', url: '/v1/link-overrides', payload: exampleOf(LinkOverrideRequest) },
  listLinkOverrides: { method: 'GET', url: '/v1/link-overrides' },
  deleteLinkOverride: { method: 'DELETE', url: '/v1/link-overrides/o1' },
  listLinkCandidates: { method: 'GET', url: '/v1/link-candidates' },
  listDetectors: { method: 'GET', url: '/v1/detectors' },
  listFlags: { method: 'GET', url: '/v1/flags' },
  getFlag: { method: 'GET', url: '/v1/flags/f1' },
  reviewFlag: { method: 'POST', url: '/v1/flags/f1/reviews', payload: { status: 'in_review', rationale: 'Picked up.' } },
  redactReviewRationale: { method: 'POST', url: '/v1/flags/f1/reviews/rev-001/redaction', payload: { reason: 'erasure' } },
  exportAll: { method: 'GET', url: '/v1/export' },
  listAuditEvents: { method: 'GET', url: '/v1/audit-events' },
  auditFairness: { method: 'POST', url: '/v1/fairness-audits', payload: exampleOf(FairnessAuditRequest) },
  getParallelRun: { method: 'GET', url: '/v1/parallel-run' },
};

/** An example request with extra headers (a token, a justification) merged in. */
export function withHeaders(request: ExampleRequest, headers: Record<string, string>): InjectOptions {
  return { ...request, headers: { ...request.headers, ...headers } } as InjectOptions;
}
