/**
 * Every operation of the contract in one table: the capability it needs, what it does to personal
 * data, and the roles allowed to call it. Routes name their operation; the gateway's hooks read
 * this table, so adding a route without an entry here is a type error, and neither the 501 check
 * nor the role check can be forgotten. An operation whose `roles` is empty is refused to everyone.
 */
import type { Capability, Role } from '../contract/index.js';

/** The kind of processing of personal data an operation does (Data Protection Act 2018 s.62 terms). */
export type ProcessingAction = 'none' | 'collection' | 'alteration' | 'consultation' | 'disclosure' | 'combination' | 'erasure';

export interface OperationPolicy {
  /** The capability the adapter must claim; null when every adapter must answer. */
  readonly capability: Capability | null;
  /** What the operation does to personal data; anything but `none` is recorded in the audit trail. */
  readonly processing: ProcessingAction;
  /** The roles allowed to call it. Deny by default: an empty list refuses everyone. */
  readonly roles: readonly Role[];
}

// Least privilege: reading personal data is for the people whose work needs it (analysts and
// reviewers); admins run the system (sources, erasure, import, export) without browsing people;
// auditors read the audit trail and fairness aggregates, and nothing personal; source systems only send records.
export const operations = {
  getMeta: { capability: null, processing: 'none', roles: ['ingest', 'analyst', 'reviewer', 'auditor', 'admin'] },
  putSource: { capability: 'sources', processing: 'none', roles: ['admin'] },
  getSource: { capability: 'sources', processing: 'none', roles: ['ingest', 'analyst', 'reviewer', 'auditor', 'admin'] },
  listSources: { capability: 'sources', processing: 'none', roles: ['ingest', 'analyst', 'reviewer', 'auditor', 'admin'] },
  ingestRecords: { capability: 'records.ingest', processing: 'collection', roles: ['ingest', 'admin'] },
  getRecord: { capability: 'records.read', processing: 'consultation', roles: ['analyst', 'reviewer', 'admin'] },
  eraseRecord: { capability: 'records.erase', processing: 'erasure', roles: ['admin'] },
  startConsolidationRun: { capability: 'consolidation', processing: 'combination', roles: ['analyst', 'admin'] },
  startFlaggingRun: { capability: 'flagging', processing: 'combination', roles: ['analyst', 'admin'] },
  startImport: { capability: 'portability.import', processing: 'collection', roles: ['admin'] },
  getRun: { capability: null, processing: 'none', roles: ['ingest', 'analyst', 'reviewer', 'auditor', 'admin'] },
  listSubjects: { capability: 'consolidation', processing: 'consultation', roles: ['analyst', 'reviewer'] },
  getSubject: { capability: 'consolidation', processing: 'consultation', roles: ['analyst', 'reviewer'] },
  listSubjectLinks: { capability: 'consolidation', processing: 'consultation', roles: ['analyst', 'reviewer'] },
  createLinkOverride: { capability: 'consolidation.overrides', processing: 'alteration', roles: ['analyst', 'reviewer'] },
  listLinkOverrides: { capability: 'consolidation.overrides', processing: 'consultation', roles: ['analyst', 'reviewer'] },
  deleteLinkOverride: { capability: 'consolidation.overrides', processing: 'alteration', roles: ['analyst', 'reviewer'] },
  listLinkCandidates: { capability: 'consolidation.candidates', processing: 'consultation', roles: ['analyst', 'reviewer'] },
  listDetectors: { capability: 'flagging', processing: 'none', roles: ['ingest', 'analyst', 'reviewer', 'auditor', 'admin'] },
  listFlags: { capability: 'flagging', processing: 'consultation', roles: ['analyst', 'reviewer'] },
  getFlag: { capability: 'flagging', processing: 'consultation', roles: ['analyst', 'reviewer'] },
  reviewFlag: { capability: 'flags.review', processing: 'alteration', roles: ['reviewer'] },
  // Admins erase, reviewers review: a rationale naming an erased person is redacted by an admin.
  redactReviewRationale: { capability: 'flags.review', processing: 'erasure', roles: ['admin'] },
  exportAll: { capability: 'portability.export', processing: 'disclosure', roles: ['admin'] },
  listAuditEvents: { capability: null, processing: 'consultation', roles: ['auditor'] },
  // Auditors see aggregates only (small groups suppressed): the flags and subjects it reads never leave the gateway.
  auditFairness: { capability: 'flagging', processing: 'consultation', roles: ['auditor'] },
  // Record references of the people the two suppliers disagree on, and figures: for the panel deciding a switch.
  getParallelRun: { capability: 'parallel-run', processing: 'consultation', roles: ['auditor', 'admin'] },
} as const satisfies Record<string, OperationPolicy>;

export type OperationId = keyof typeof operations;

/** The policy of an operation, widened so that callers can test any role against it. */
export function policyOf(operation: OperationId): OperationPolicy {
  return operations[operation];
}

/**
 * Whether a request must state a justification: it consults or discloses personal data, alters it
 * on the strength of what it shows (reviews and link overrides answer the record changed), or
 * erases it (an erasure cannot be undone, so why it was done must be on the record).
 */
export function needsJustification(policy: OperationPolicy): boolean {
  return policy.processing === 'consultation' || policy.processing === 'disclosure' || policy.processing === 'alteration' || policy.processing === 'erasure';
}

/**
 * The only routes anyone may call without a token: health, the contract document and its docs
 * page (a prefix), and the CORS preflight catch-all. They hold no personal data.
 */
export const publicRoutes = { exact: ['/healthz', '/readyz', '/openapi.json', '*'], prefix: ['/docs'] } as const;

export function isPublicRoute(url: string): boolean {
  return (publicRoutes.exact as readonly string[]).includes(url) || publicRoutes.prefix.some((prefix) => url === prefix || url.startsWith(`${prefix}/`));
}

/** Route config every route carries, so hooks can find its policy. */
export interface OperationConfig {
  /** The contract operation the route serves. */
  operation: OperationId;
  /** Set by the gateway from `publicRoutes`, never by a route itself. */
  public: boolean;
}
