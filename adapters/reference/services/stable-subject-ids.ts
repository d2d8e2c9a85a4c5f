/**
 * Gives the clusters of a consolidation run their subject ids so that ids are stable:
 * - a cluster that keeps the same nodes keeps its id (a run that changes nothing changes no id);
 * - when subjects merge, the survivor keeps the id that contributed the most records, and the
 *   others redirect to it;
 * - when a subject splits, the part holding the most of its records keeps the id; the other parts
 *   get new ids.
 * Pure: the caller supplies previous membership and record counts, and makes new ids.
 */

export interface IdAssignment {
  /** The id for each cluster, in the clusters' order. */
  readonly clusterIds: string[];
  /** Former subject ids that now redirect, to the id they redirect to. */
  readonly redirects: Map<string, string>;
  /** Former subject ids with no nodes left at all. */
  readonly removed: string[];
}

export interface IdAssignmentInput {
  /** The new clusters (node ids). */
  readonly clusters: readonly (readonly number[])[];
  /** The subject each node belonged to before the run, if any. */
  readonly previousSubjectOf: (nodeId: number) => string | undefined;
  /** Former subjects whose nodes are all in scope of this run. */
  readonly previousSubjects: Iterable<string>;
  /** Records per node: overlap is measured in records, the unit people see. */
  readonly recordCountOf: (nodeId: number) => number;
  /** Makes a new subject id. */
  readonly newId: () => string;
}

export function assignSubjectIds(input: IdAssignmentInput): IdAssignment {
  const overlaps: { cluster: number; subjectId: string; records: number }[] = [];
  input.clusters.forEach((cluster, index) => {
    const bySubject = new Map<string, number>();
    for (const nodeId of cluster) {
      const subjectId = input.previousSubjectOf(nodeId);
      if (subjectId !== undefined) bySubject.set(subjectId, (bySubject.get(subjectId) ?? 0) + Math.max(1, input.recordCountOf(nodeId)));
    }
    for (const [subjectId, records] of bySubject) overlaps.push({ cluster: index, subjectId, records });
  });
  // Largest overlap first; ties go to the lexically smallest id so the outcome never depends on order.
  overlaps.sort((a, b) => b.records - a.records || (a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : a.cluster - b.cluster));

  const clusterIds: (string | undefined)[] = Array.from({ length: input.clusters.length }, () => undefined);
  const used = new Set<string>();
  for (const { cluster, subjectId } of overlaps) {
    if (clusterIds[cluster] !== undefined || used.has(subjectId)) continue;
    clusterIds[cluster] = subjectId;
    used.add(subjectId);
  }

  const finalIds = clusterIds.map((id) => id ?? input.newId());
  const redirects = new Map<string, string>();
  for (const { cluster, subjectId } of overlaps) {
    // Overlaps are largest first, so this is where most of the former subject's records went:
    // it merged into that cluster, which kept another id.
    if (!used.has(subjectId) && !redirects.has(subjectId)) redirects.set(subjectId, finalIds[cluster]);
  }

  const removed = [...input.previousSubjects].filter((subjectId) => !used.has(subjectId) && !redirects.has(subjectId));
  return { clusterIds: finalIds, redirects, removed };
}
