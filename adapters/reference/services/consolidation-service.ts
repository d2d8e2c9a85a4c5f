/**
 * A consolidation run, executed in the run worker. It reads a consistent snapshot, resolves
 * identities (all nodes in a full run; in an incremental run only the nodes changed since the last
 * run and the subjects they touch), gives the clusters stable subject ids, and writes the result in
 * one transaction. Records ingested while it computes wait for the next run; nothing is half-applied.
 * Deciding what to write is shared with the PostgreSQL engine (resolution-plan.ts); this file reads
 * the snapshot from SQLite and applies the plan there.
 */
import type { ConsolidationRunRequest, RecordedIdentity, SourceKind } from '../../../src/contract/index.js';
import type { MatchModel, Resolution } from '../consolidation/types.js';
import { nextSequence, readSetting, writeSetting, type Connection } from '../store/database.js';
import { OverridesStore } from '../store/overrides-store.js';
import { timestamp, type Clock } from '../store/clock.js';
import { assignIds, planResolution, resolveSnapshot, type RunSnapshot, type SnapshotNode } from './resolution-plan.js';

export type ProgressReporter = (done: number, total: number) => void;

interface NodeRow {
  node_id: number;
  source_id: string;
  kind: SourceKind;
  identity: string;
  record_count: number;
  change_seq: number;
}

/** The steps a consolidation run reports progress in. */
export const CONSOLIDATION_STEPS = 4;
const STEPS = CONSOLIDATION_STEPS;

export function runConsolidation(database: Connection, request: ConsolidationRunRequest, clock: Clock, progress: ProgressReporter): Record<string, number> {
  progress(0, STEPS);
  const snapshot = readSnapshot(database, clock);
  progress(1, STEPS);
  const outcome = resolveSnapshot(snapshot, request.mode);
  if (outcome.kind === 'unchanged') {
    writeSetting(database, 'consolidation:watermark', String(snapshot.changeSeq));
    progress(STEPS, STEPS);
    return { nodes: outcome.nodes, changedNodes: 0, subjects: countSubjects(database), subjectsCreated: 0, subjectsChanged: 0, merges: 0, removed: 0, full: 0 };
  }
  progress(2, STEPS);
  const { resolution, scopeNodes } = outcome;
  const statistics = database.transaction(() => applyResolution(database, snapshot, resolution, scopeNodes, clock)).immediate();
  progress(STEPS, STEPS);
  return { ...resolution.statistics, ...statistics, nodes: outcome.nodes, changedNodes: outcome.changedNodes, full: outcome.full ? 1 : 0 };
}

function readSnapshot(database: Connection, clock: Clock): RunSnapshot {
  // A read transaction pins one consistent view of the store while it is read.
  return database.transaction(() => {
    const nodes = new Map<number, NodeRow & SnapshotNode>();
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

function countSubjects(database: Connection): number {
  return (database.prepare('SELECT count(*) AS n FROM subjects').get() as { n: number }).n;
}

/** Writes the clusters in scope as subjects with stable ids. Runs inside the caller's transaction. */
function applyResolution(database: Connection, snapshot: RunSnapshot, resolution: Resolution, scopeNodes: number[], clock: Clock): Record<string, number> {
  const now = timestamp(clock);
  const assignment = assignIds(snapshot, resolution, scopeNodes, () => `subj-${nextSequence(database, 'subject').toString(36).padStart(6, '0')}`);
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
  // Former subjects are deleted before the plan reads a subject's stored identity; the plan accounts for that.
  const plan = planResolution(snapshot, resolution, scopeNodes, assignment, {
    recordCountOf: (nodeId) => statements.nodeExists.get(nodeId)?.record_count,
    canonicalOf: (subjectId) => statements.currentSubject.get(subjectId)?.canonical_identity,
  });
  for (const former of plan.deleted) {
    statements.deleteMembership.run(former);
    statements.deleteLinks.run(former);
    statements.deleteSubject.run(former);
  }
  for (const write of plan.writes) {
    statements.deleteMembership.run(write.subjectId);
    statements.deleteLinks.run(write.subjectId);
    for (const nodeId of write.members) statements.insertMembership.run(nodeId, write.subjectId);
    for (const { left, right, ...explanation } of write.links) {
      statements.insertLink.run(write.subjectId, left, right, JSON.stringify({ left, right, ...explanation }), now);
    }
    statements.upsertSubject.run(write.subjectId, write.identity, write.records, now);
    statements.deleteRedirect.run(write.subjectId);
  }
  for (const [former, target] of plan.redirects) {
    statements.repointRedirects.run(target, former);
    statements.upsertRedirect.run(former, target);
  }
  for (const removed of plan.removed) statements.deleteRedirectsTo.run(removed);
  const possibleMatches = replaceCandidates(database, resolution, scopeNodes, now);

  writeSetting(database, 'consolidation:watermark', String(snapshot.changeSeq));
  writeSetting(database, 'consolidation:model', JSON.stringify(resolution.model));
  return {
    subjects: countSubjects(database),
    subjectsCreated: plan.created,
    subjectsChanged: plan.changed,
    merges: plan.redirects.size,
    removed: plan.removed.length,
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
