/**
 * What a consolidation run writes, decided without touching a store: which former subjects go,
 * which clusters are written as which subjects (with members, canonical identity, record count and
 * links), and which ids redirect where. Shared by the SQLite and PostgreSQL engines, so that both
 * write the same subjects from the same resolution; each store only applies the plan.
 */
import type { ConsolidationRunRequest, RecordedIdentity, SourceKind } from '../../../src/contract/index.js';
import type { IdentityNode, MatchModel, NodeLink, NodeOverride, Resolution } from '../consolidation/types.js';
import { resolveAll, resolveIncrement } from '../consolidation/resolve.js';
import { matchModelVersion } from '../consolidation/match-model.js';
import { assignSubjectIds, type IdAssignment } from './stable-subject-ids.js';
import { canonicalIdentity } from './canonical-identity.js';

/** A node as the run's snapshot read it. */
export interface SnapshotNode {
  readonly parsed: RecordedIdentity;
  readonly kind: SourceKind;
  readonly record_count: number;
}

/** The part of a run's snapshot the plan needs. */
export interface PlanSnapshot {
  readonly nodes: ReadonlyMap<number, SnapshotNode>;
  readonly subjectOf: ReadonlyMap<number, string>;
}

/** The store as it is when the plan is applied (records may have come and gone since the snapshot). */
export interface CurrentState {
  /** The node's record count now; undefined when the node is gone (erased). */
  recordCountOf(nodeId: number): number | undefined;
  /** The subject's stored canonical identity (JSON) now; undefined when there is no such subject. */
  canonicalOf(subjectId: string): string | undefined;
}

/** One subject to (re)write: its former membership and links are replaced by these. */
export interface SubjectWrite {
  readonly subjectId: string;
  readonly members: readonly number[];
  /** Canonical identity, JSON. */
  readonly identity: string;
  readonly records: number;
  readonly links: readonly NodeLink[];
}

export interface ResolutionPlan {
  /** Subjects that stop existing (merged into another, or emptied): membership, links and row go first. */
  readonly deleted: readonly string[];
  readonly writes: readonly SubjectWrite[];
  /** Former id → the subject it now redirects to. */
  readonly redirects: ReadonlyMap<string, string>;
  /** Subjects gone without a successor: redirects to them go. */
  readonly removed: readonly string[];
  readonly created: number;
  readonly changed: number;
}

/** The subjects the nodes in scope belonged to before the run. */
function previousSubjectsOf(snapshot: PlanSnapshot, scopeNodes: readonly number[]): Set<string> {
  return new Set(scopeNodes.map((nodeId) => snapshot.subjectOf.get(nodeId)).filter((id): id is string => id !== undefined));
}

/** Gives each cluster a subject id, keeping ids where records stay together (see stable-subject-ids). */
export function assignIds(snapshot: PlanSnapshot, resolution: Resolution, scopeNodes: readonly number[], newId: () => string): IdAssignment {
  return assignSubjectIds({
    clusters: resolution.clusters,
    previousSubjectOf: (nodeId) => snapshot.subjectOf.get(nodeId),
    previousSubjects: previousSubjectsOf(snapshot, scopeNodes),
    recordCountOf: (nodeId) => snapshot.nodes.get(nodeId)?.record_count ?? 1,
    newId,
  });
}

/**
 * The writes for an assignment. A cluster whose members and canonical identity are unchanged is
 * left alone (its `updatedAt` stays); nodes erased since the snapshot are left out.
 */
export function planResolution(
  snapshot: PlanSnapshot,
  resolution: Resolution,
  scopeNodes: readonly number[],
  assignment: IdAssignment,
  current: CurrentState,
): ResolutionPlan {
  const previousSubjects = previousSubjectsOf(snapshot, scopeNodes);
  const previousMembers = new Map<string, Set<number>>();
  for (const [nodeId, subjectId] of snapshot.subjectOf) {
    if (!previousSubjects.has(subjectId)) continue;
    if (!previousMembers.has(subjectId)) previousMembers.set(subjectId, new Set());
    previousMembers.get(subjectId)!.add(nodeId);
  }
  const deleted = [...assignment.redirects.keys(), ...assignment.removed];
  const deletedSet = new Set(deleted);
  const linksByCluster = groupLinks(resolution);
  const writes: SubjectWrite[] = [];
  let created = 0;
  let changed = 0;
  resolution.clusters.forEach((cluster, index) => {
    const subjectId = assignment.clusterIds[index];
    const members = cluster.filter((nodeId) => current.recordCountOf(nodeId) !== undefined);
    const identity = JSON.stringify(
      canonicalIdentity(
        members.map((nodeId) => {
          const node = snapshot.nodes.get(nodeId)!;
          return { identity: node.parsed, sourceKind: node.kind, records: node.record_count };
        }),
      ),
    );
    const before = previousMembers.get(subjectId);
    const sameMembers = before !== undefined && before.size === members.length && members.every((nodeId) => before.has(nodeId));
    // Deleted subjects are gone before clusters are written, so a reused id counts as created.
    const stored = deletedSet.has(subjectId) ? undefined : current.canonicalOf(subjectId);
    if (sameMembers && stored === identity) return;
    if (stored === undefined) created += 1;
    else changed += 1;
    const records = members.reduce((sum, nodeId) => sum + current.recordCountOf(nodeId)!, 0);
    writes.push({ subjectId, members, identity, records, links: linksByCluster.get(cluster[0]) ?? [] });
  });
  return { deleted, writes, redirects: assignment.redirects, removed: assignment.removed, created, changed };
}

/** Links keyed by the first (smallest) node of the cluster they belong to. */
function groupLinks(resolution: Resolution): Map<number, NodeLink[]> {
  const clusterOf = new Map<number, number>();
  for (const cluster of resolution.clusters) for (const nodeId of cluster) clusterOf.set(nodeId, cluster[0]);
  const grouped = new Map<number, NodeLink[]>();
  for (const link of resolution.links) {
    const key = clusterOf.get(link.left)!;
    if (!grouped.has(key)) grouped.set(key, []);
    grouped.get(key)!.push(link);
  }
  return grouped;
}

/** A run's snapshot as both engines read it. */
export interface RunSnapshot extends PlanSnapshot {
  readonly nodes: ReadonlyMap<number, SnapshotNode & { readonly source_id: string; readonly change_seq: number }>;
  /** The change number the run consolidates up to (the store's `sequence:change`). */
  readonly changeSeq: number;
  /** The change number the previous run consolidated up to. */
  readonly watermark: number;
  readonly model: MatchModel | undefined;
  readonly overrides: NodeOverride[];
}

/** What to write: nothing (no change since the last run), or a resolution of the nodes in scope. */
export type RunResolution =
  | { readonly kind: 'unchanged'; readonly nodes: number }
  | {
      readonly kind: 'resolved';
      readonly resolution: Resolution;
      readonly scopeNodes: number[];
      readonly full: boolean;
      readonly nodes: number;
      readonly changedNodes: number;
    };

/**
 * Resolves identities for a run: all nodes in a full run (asked for, or when there is no usable
 * model or no previous run); otherwise only the nodes changed since the last run and the subjects
 * they touch.
 */
export function resolveSnapshot(snapshot: RunSnapshot, mode: ConsolidationRunRequest['mode']): RunResolution {
  const identityNodes: IdentityNode[] = [...snapshot.nodes].map(([nodeId, node]) => ({
    nodeId,
    sourceId: node.source_id,
    sourceKind: node.kind,
    identity: node.parsed,
  }));
  const changed = [...snapshot.nodes]
    .filter(([nodeId, node]) => node.change_seq > snapshot.watermark || !snapshot.subjectOf.has(nodeId))
    .map(([nodeId]) => nodeId);
  // A model stored by another version of the matcher cannot score alike: estimate afresh.
  const modelUsable = snapshot.model !== undefined && snapshot.model.version === matchModelVersion;
  const full = mode === 'full' || !modelUsable || snapshot.watermark === 0;
  if (full) {
    const resolution = resolveAll({ nodes: identityNodes, overrides: snapshot.overrides, model: mode === 'full' || !modelUsable ? undefined : snapshot.model });
    const scopeNodes = identityNodes.map((node) => node.nodeId);
    return { kind: 'resolved', resolution, scopeNodes, full, nodes: identityNodes.length, changedNodes: identityNodes.length };
  }
  if (changed.length === 0) return { kind: 'unchanged', nodes: identityNodes.length };
  const increment = resolveIncrement({
    nodes: identityNodes,
    previousClusters: clustersOf(snapshot.subjectOf),
    changedNodeIds: changed,
    removedNodeIds: [],
    overrides: snapshot.overrides,
    model: snapshot.model!,
  });
  const resolution = increment.resolution;
  const scopeNodes = [...new Set([...increment.replacedClusters.flat(), ...resolution.clusters.flat()])];
  return { kind: 'resolved', resolution, scopeNodes, full, nodes: identityNodes.length, changedNodes: changed.length };
}

function clustersOf(subjectOf: ReadonlyMap<number, string>): number[][] {
  const clusters = new Map<string, number[]>();
  for (const [nodeId, subjectId] of subjectOf) {
    const cluster = clusters.get(subjectId);
    if (cluster) cluster.push(nodeId);
    else clusters.set(subjectId, [nodeId]);
  }
  return [...clusters.values()].map((cluster) => cluster.sort((a, b) => a - b));
}
