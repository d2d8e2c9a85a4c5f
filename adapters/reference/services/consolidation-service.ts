/**
 * A consolidation run, executed in the run worker. It reads a consistent snapshot, resolves
 * identities (all nodes in a full run; in an incremental run only the nodes changed since the last
 * run and the subjects they touch), gives the clusters stable subject ids, and writes the result in
 * one transaction. Records ingested while it computes wait for the next run; nothing is half-applied.
 */
import type { ConsolidationRunRequest, RecordedIdentity, SourceKind } from '../../../src/contract/index.js';
import { resolveAll, resolveIncrement } from '../consolidation/resolve.js';
import { matchModelVersion } from '../consolidation/match-model.js';
import type { IdentityNode, MatchModel, NodeLink, Resolution } from '../consolidation/types.js';
import { nextSequence, readSetting, writeSetting, type Connection } from '../store/database.js';
import { OverridesStore } from '../store/overrides-store.js';
import { timestamp, type Clock } from '../store/clock.js';
import { assignSubjectIds } from './stable-subject-ids.js';
import { canonicalIdentity } from './canonical-identity.js';

export type ProgressReporter = (done: number, total: number) => void;

interface NodeRow {
  node_id: number;
  source_id: string;
  kind: SourceKind;
  identity: string;
  record_count: number;
  change_seq: number;
}

interface Snapshot {
  changeSeq: number;
  watermark: number;
  nodes: Map<number, NodeRow & { parsed: RecordedIdentity }>;
  subjectOf: Map<number, string>;
  model: MatchModel | undefined;
  overrides: ReturnType<OverridesStore['asNodeOverrides']>;
}

const STEPS = 4;

export function runConsolidation(database: Connection, request: ConsolidationRunRequest, clock: Clock, progress: ProgressReporter): Record<string, number> {
  progress(0, STEPS);
  const snapshot = readSnapshot(database, clock);
  const identityNodes: IdentityNode[] = [...snapshot.nodes.values()].map((node) => ({
    nodeId: node.node_id,
    sourceId: node.source_id,
    sourceKind: node.kind,
    identity: node.parsed,
  }));
  const changed = [...snapshot.nodes.values()].filter((node) => node.change_seq > snapshot.watermark || !snapshot.subjectOf.has(node.node_id));
  // A model stored by another version of the matcher cannot score alike: estimate afresh.
  const modelUsable = snapshot.model !== undefined && snapshot.model.version === matchModelVersion;
  const full = request.mode === 'full' || !modelUsable || snapshot.watermark === 0;
  progress(1, STEPS);

  let resolution: Resolution;
  let scopeNodes: number[];
  if (full) {
    resolution = resolveAll({
      nodes: identityNodes,
      overrides: snapshot.overrides,
      model: request.mode === 'full' || !modelUsable ? undefined : snapshot.model,
    });
    scopeNodes = identityNodes.map((node) => node.nodeId);
  } else if (changed.length === 0) {
    writeSetting(database, 'consolidation:watermark', String(snapshot.changeSeq));
    progress(STEPS, STEPS);
    return {
      nodes: identityNodes.length,
      changedNodes: 0,
      subjects: countSubjects(database),
      subjectsCreated: 0,
      subjectsChanged: 0,
      merges: 0,
      removed: 0,
      full: 0,
    };
  } else {
    const previousClusters = clustersOf(snapshot.subjectOf);
    const increment = resolveIncrement({
      nodes: identityNodes,
      previousClusters,
      changedNodeIds: changed.map((node) => node.node_id),
      removedNodeIds: [],
      overrides: snapshot.overrides,
      model: snapshot.model!,
    });
    resolution = increment.resolution;
    scopeNodes = [...new Set([...increment.replacedClusters.flat(), ...resolution.clusters.flat()])];
  }
  progress(2, STEPS);

  const statistics = database.transaction(() => applyResolution(database, snapshot, resolution, scopeNodes, clock)).immediate();
  progress(STEPS, STEPS);
  return {
    ...resolution.statistics,
    ...statistics,
    nodes: identityNodes.length,
    changedNodes: full ? identityNodes.length : changed.length,
    full: full ? 1 : 0,
  };
}

function readSnapshot(database: Connection, clock: Clock): Snapshot {
  // A read transaction pins one consistent view of the store while it is read.
  return database.transaction(() => {
    const nodes = new Map<number, NodeRow & { parsed: RecordedIdentity }>();
    for (const row of database
      .prepare<[], NodeRow>(
        'SELECT n.node_id, n.source_id, s.kind, n.identity, n.record_count, n.change_seq FROM identity_nodes n JOIN sources s ON s.source_id = n.source_id',
      )
      .iterate()) {
      nodes.set(row.node_id, { ...row, parsed: JSON.parse(row.identity) as RecordedIdentity });
    }
    const subjectOf = new Map<number, string>();
    for (const row of database.prepare<[], { node_id: number; subject_id: string }>('SELECT node_id, subject_id FROM subject_nodes').iterate()) {
      subjectOf.set(row.node_id, row.subject_id);
    }
    const model = readSetting(database, 'consolidation:model');
    return {
      changeSeq: Number(readSetting(database, 'sequence:change') ?? '0'),
      watermark: Number(readSetting(database, 'consolidation:watermark') ?? '0'),
      nodes,
      subjectOf,
      model: model === undefined ? undefined : (JSON.parse(model) as MatchModel),
      overrides: new OverridesStore(database, clock).asNodeOverrides(),
    };
  })();
}

function clustersOf(subjectOf: Map<number, string>): number[][] {
  const clusters = new Map<string, number[]>();
  for (const [nodeId, subjectId] of subjectOf) {
    const cluster = clusters.get(subjectId);
    if (cluster) cluster.push(nodeId);
    else clusters.set(subjectId, [nodeId]);
  }
  return [...clusters.values()].map((cluster) => cluster.sort((a, b) => a - b));
}

function countSubjects(database: Connection): number {
  return (database.prepare('SELECT count(*) AS n FROM subjects').get() as { n: number }).n;
}

/** Writes the clusters in scope as subjects with stable ids. Runs inside the caller's transaction. */
function applyResolution(database: Connection, snapshot: Snapshot, resolution: Resolution, scopeNodes: number[], clock: Clock): Record<string, number> {
  const now = timestamp(clock);
  const previousSubjects = new Set(scopeNodes.map((nodeId) => snapshot.subjectOf.get(nodeId)).filter((id): id is string => id !== undefined));
  const previousMembers = new Map<string, Set<number>>();
  for (const [nodeId, subjectId] of snapshot.subjectOf) {
    if (!previousSubjects.has(subjectId)) continue;
    if (!previousMembers.has(subjectId)) previousMembers.set(subjectId, new Set());
    previousMembers.get(subjectId)!.add(nodeId);
  }

  const assignment = assignSubjectIds({
    clusters: resolution.clusters,
    previousSubjectOf: (nodeId) => snapshot.subjectOf.get(nodeId),
    previousSubjects,
    recordCountOf: (nodeId) => snapshot.nodes.get(nodeId)?.record_count ?? 1,
    newId: () => `subj-${nextSequence(database, 'subject').toString(36).padStart(6, '0')}`,
  });

  const linksByCluster = groupLinks(resolution);
  const statements = {
    nodeExists: database.prepare<[number], { record_count: number }>('SELECT record_count FROM identity_nodes WHERE node_id = ?'),
    deleteMembership: database.prepare('DELETE FROM subject_nodes WHERE subject_id = ?'),
    insertMembership: database.prepare('INSERT OR REPLACE INTO subject_nodes (node_id, subject_id) VALUES (?, ?)'),
    deleteLinks: database.prepare('DELETE FROM links WHERE subject_id = ?'),
    insertLink: database.prepare('INSERT INTO links (subject_id, left_node, right_node, explanation, decided_at) VALUES (?, ?, ?, ?, ?)'),
    currentSubject: database.prepare<[string], { canonical_identity: string }>('SELECT canonical_identity FROM subjects WHERE subject_id = ?'),
    upsertSubject: database.prepare(
      `INSERT INTO subjects (subject_id, canonical_identity, record_count, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (subject_id) DO UPDATE SET canonical_identity = excluded.canonical_identity, record_count = excluded.record_count, updated_at = excluded.updated_at`,
    ),
    deleteSubject: database.prepare('DELETE FROM subjects WHERE subject_id = ?'),
    upsertRedirect: database.prepare('INSERT OR REPLACE INTO subject_redirects (former_id, subject_id) VALUES (?, ?)'),
    repointRedirects: database.prepare('UPDATE subject_redirects SET subject_id = ? WHERE subject_id = ?'),
    deleteRedirect: database.prepare('DELETE FROM subject_redirects WHERE former_id = ?'),
    deleteRedirectsTo: database.prepare('DELETE FROM subject_redirects WHERE subject_id = ?'),
  };

  let created = 0;
  let changedSubjects = 0;
  for (const former of [...assignment.redirects.keys(), ...assignment.removed]) {
    statements.deleteMembership.run(former);
    statements.deleteLinks.run(former);
    statements.deleteSubject.run(former);
  }
  resolution.clusters.forEach((cluster, index) => {
    const subjectId = assignment.clusterIds[index];
    const members = cluster.filter((nodeId) => statements.nodeExists.get(nodeId) !== undefined);
    const identity = JSON.stringify(
      canonicalIdentity(
        members.map((nodeId) => ({
          identity: snapshot.nodes.get(nodeId)!.parsed,
          sourceKind: snapshot.nodes.get(nodeId)!.kind,
          records: snapshot.nodes.get(nodeId)!.record_count,
        })),
      ),
    );
    const before = previousMembers.get(subjectId);
    const sameMembers = before !== undefined && before.size === members.length && members.every((nodeId) => before.has(nodeId));
    const current = statements.currentSubject.get(subjectId);
    if (sameMembers && current?.canonical_identity === identity) return;
    if (!current) created += 1;
    else changedSubjects += 1;
    statements.deleteMembership.run(subjectId);
    statements.deleteLinks.run(subjectId);
    let records = 0;
    for (const nodeId of members) {
      statements.insertMembership.run(nodeId, subjectId);
      records += statements.nodeExists.get(nodeId)!.record_count;
    }
    for (const link of linksByCluster.get(cluster[0]) ?? []) {
      const { left, right, ...explanation } = link;
      statements.insertLink.run(subjectId, left, right, JSON.stringify({ left, right, ...explanation }), now);
    }
    statements.upsertSubject.run(subjectId, identity, records, now);
    statements.deleteRedirect.run(subjectId);
  });
  for (const [former, target] of assignment.redirects) {
    statements.repointRedirects.run(target, former);
    statements.upsertRedirect.run(former, target);
  }
  for (const removed of assignment.removed) statements.deleteRedirectsTo.run(removed);
  const possibleMatches = replaceCandidates(database, resolution, scopeNodes, now);

  writeSetting(database, 'consolidation:watermark', String(snapshot.changeSeq));
  writeSetting(database, 'consolidation:model', JSON.stringify(resolution.model));
  return {
    subjects: countSubjects(database),
    subjectsCreated: created,
    subjectsChanged: changedSubjects,
    merges: assignment.redirects.size,
    removed: assignment.removed.length,
    links: resolution.links.length,
    possibleMatches,
  };
}

/**
 * The possible-match queue for the nodes in scope: their old pairs go, the run's pairs come in.
 * Pairs between nodes outside the scope were not re-resolved and stand. Returns the queue's size.
 */
function replaceCandidates(database: Connection, resolution: Resolution, scopeNodes: number[], now: string): number {
  if (scopeNodes.length === database.prepare<[], { n: number }>('SELECT count(*) AS n FROM identity_nodes').get()!.n) {
    database.prepare('DELETE FROM link_candidates').run();
  } else {
    const forget = database.prepare('DELETE FROM link_candidates WHERE left_node = ? OR right_node = ?');
    for (const nodeId of scopeNodes) forget.run(nodeId, nodeId);
  }
  const insert = database.prepare('INSERT OR REPLACE INTO link_candidates (left_node, right_node, body, found_at) VALUES (?, ?, ?, ?)');
  for (const { left, right, ...evidence } of resolution.candidates) insert.run(left, right, JSON.stringify(evidence), now);
  return database.prepare<[], { n: number }>('SELECT count(*) AS n FROM link_candidates').get()!.n;
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
