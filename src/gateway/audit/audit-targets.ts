/**
 * What each operation processed, by id: from the path, from the request body where the ids are
 * there (ingest, overrides), and from the answer where only it says whose data was shown (lists,
 * flags). Ids only, never content, so an erasure entry can never hold what was erased. A table
 * keyed by operation, so a new operation cannot be added without deciding what it records.
 */
import type { AuditTarget } from '../../contract/index.js';
import type { OperationId } from '../operations.js';

export interface AuditInput {
  readonly params: Readonly<Record<string, string | undefined>>;
  readonly body: unknown;
  /** The answer sent (undefined for streams and errors). */
  readonly answer: unknown;
}

type Extract = (input: AuditInput) => AuditTarget[];

const none: Extract = () => [];
const target = (type: AuditTarget['type'], id: unknown): AuditTarget[] => (typeof id === 'string' ? [{ type, id }] : []);
const record = (reference: unknown): AuditTarget[] => {
  const { sourceId, recordId } = (reference ?? {}) as { sourceId?: unknown; recordId?: unknown };
  return typeof sourceId === 'string' && typeof recordId === 'string' ? [{ type: 'record', id: `${sourceId}/${recordId}` }] : [];
};
const items = (answer: unknown): Record<string, unknown>[] => {
  const list = (answer as { items?: unknown } | undefined)?.items;
  return Array.isArray(list) ? list : [];
};
const subjectsOf = (value: unknown): AuditTarget[] => {
  const ids = (value as { subjectIds?: unknown } | undefined)?.subjectIds;
  return Array.isArray(ids) ? ids.flatMap((id) => target('subject', id)) : [];
};
const flag = (value: unknown): AuditTarget[] => [...target('flag', (value as { flagId?: unknown } | undefined)?.flagId), ...subjectsOf(value)];
const override = (value: unknown): AuditTarget[] => {
  const { overrideId, left, right } = (value ?? {}) as { overrideId?: unknown; left?: unknown; right?: unknown };
  return [...target('link-override', overrideId), ...record(left), ...record(right)];
};
const run: Extract = ({ answer }) => target('run', (answer as { runId?: unknown } | undefined)?.runId);
const pathRecord: Extract = ({ params }) => record(params);

const extractors: Record<OperationId, Extract> = {
  getMeta: none,
  putSource: ({ params }) => target('source', params.sourceId),
  getSource: ({ params }) => target('source', params.sourceId),
  listSources: none,
  ingestRecords: ({ params, body }) => [
    ...target('source', params.sourceId),
    ...items({ items: (body as { records?: unknown } | undefined)?.records }).flatMap((candidate) =>
      record({ sourceId: params.sourceId, recordId: candidate?.recordId }),
    ),
  ],
  getRecord: pathRecord,
  eraseRecord: pathRecord,
  startConsolidationRun: run,
  startFlaggingRun: run,
  startImport: run,
  getRun: ({ params }) => target('run', params.runId),
  listSubjects: ({ answer }) => items(answer).flatMap((item) => target('subject', item.subjectId)),
  getSubject: ({ params, answer }) => [
    ...target('subject', params.subjectId),
    ...target('subject', (answer as { redirectTo?: unknown } | undefined)?.redirectTo),
  ],
  listSubjectLinks: ({ params }) => target('subject', params.subjectId),
  createLinkOverride: ({ body, answer }) => override({ ...(body as object), overrideId: (answer as { overrideId?: unknown } | undefined)?.overrideId }),
  listLinkOverrides: ({ answer }) => items(answer).flatMap(override),
  deleteLinkOverride: ({ params }) => target('link-override', params.overrideId),
  // Every record and subject of every pair shown: a possible match discloses both people.
  listLinkCandidates: ({ answer }) =>
    items(answer).flatMap((item) => [
      ...record(item.left),
      ...record(item.right),
      ...target('subject', item.leftSubjectId),
      ...target('subject', item.rightSubjectId),
    ]),
  listDetectors: none,
  listFlags: ({ answer }) => items(answer).flatMap(flag),
  getFlag: ({ params, answer }) => [...target('flag', params.flagId), ...subjectsOf(answer)],
  reviewFlag: ({ params, answer }) => [...target('flag', params.flagId), ...subjectsOf(answer)],
  redactReviewRationale: ({ params }) => target('flag', params.flagId),
  // A complete export discloses everything; naming every id would copy the whole store here.
  exportAll: none,
  listAuditEvents: none,
  // Aggregates over every flag: naming each would copy the flag list here, and the equality data
  // sent with the request must never be recorded.
  auditFairness: none,
  // The subjects the two suppliers disagree on, by the primary's ids.
  getParallelRun: ({ answer }) =>
    (
      (answer as { agreement?: { latest?: { disagreements?: { primary?: { subjectId?: unknown } }[] } | null } } | undefined)?.agreement?.latest
        ?.disagreements ?? []
    ).flatMap((item) => target('subject', item.primary?.subjectId)),
};

/** The targets of a request, each listed once. */
export function auditTargets(operation: OperationId, input: AuditInput): AuditTarget[] {
  const seen = new Set<string>();
  return extractors[operation](input).filter((found) => {
    const key = `${found.type}:${found.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
