/**
 * A consolidation run on PostgreSQL: reads one consistent snapshot (REPEATABLE READ), resolves
 * identities with the same pure code as the SQLite engine (resolution-plan.ts: the same nodes in
 * scope, the same subject ids, the same writes), and applies the plan in one engine write together
 * with the run's end, so a run is applied whole or not at all. Records ingested while it computes
 * wait for the next run.
 */
import type pg from 'pg';
import type { ConsolidationRunRequest, RecordedIdentity, SourceKind } from '../../../src/contract/index.js';
import type { MatchModel, Resolution } from '../consolidation/types.js';
import { timestamp, type Clock } from '../store/clock.js';
import { CONSOLIDATION_STEPS as STEPS, type ProgressReporter } from '../services/consolidation-service.js';
import { assignIds, planResolution, resolveSnapshot, type ResolutionPlan, type RunResolution, type RunSnapshot } from '../services/resolution-plan.js';
import { computeInThread, THREAD_THRESHOLD } from './pg-compute-thread.js';
import { engineId, engineSnapshot, engineWrite, readSetting, refreshStatistics, writeSetting } from './engine-database.js';
import { asNodeOverrides } from './pg-overrides-store.js';

/** Called inside the run's write transaction with its statistics; throws to roll the run's result back. */
export type FinishInside = (client: pg.PoolClient, statistics: Record<string, number>) => Promise<void>;

export async function runPgConsolidation(
  pool: pg.Pool,
  request: ConsolidationRunRequest,
  clock: Clock,
  progress: ProgressReporter,
  finishInside: FinishInside,
): Promise<Record<string, number>> {
  progress(0, STEPS);
  const snapshot = await engineSnapshot(pool, readSnapshot);
  progress(1, STEPS);
  const outcome =
    snapshot.nodes.size >= THREAD_THRESHOLD
      ? await computeInThread<RunResolution>({ kind: 'resolve', snapshot, mode: request.mode })
      : resolveSnapshot(snapshot, request.mode);
  if (outcome.kind === 'unchanged') {
    return engineWrite(pool, async (client) => {
      await writeSetting(client, 'consolidation:watermark', String(snapshot.changeSeq));
      const statistics = {
        nodes: outcome.nodes,
        changedNodes: 0,
        subjects: await countSubjects(client),
        subjectsCreated: 0,
        subjectsChanged: 0,
        merges: 0,
        removed: 0,
        full: 0,
      };
      await finishInside(client, statistics);
      return statistics;
    });
  }
  progress(2, STEPS);
  const { resolution, scopeNodes } = outcome;
  const applied = await engineWrite(pool, async (client) => {
    const written = await applyResolution(client, snapshot, resolution, scopeNodes, clock);
    const statistics = { ...resolution.statistics, ...written, nodes: outcome.nodes, changedNodes: outcome.changedNodes, full: outcome.full ? 1 : 0 };
    await finishInside(client, statistics);
    return statistics;
  });
  if (snapshot.nodes.size >= STATISTICS_FROM) await refreshStatistics(pool, STATISTICS_TABLES);
  return applied;
}

/** Below this many nodes every plan is cheap, and refreshing statistics after each run would cost more than it saves. */
export const STATISTICS_FROM = 1_000;

/** What a run reads from and writes to: ingest fills the first two, the run rewrites the rest. */
const STATISTICS_TABLES = [
  'engine_records',
  'engine_identity_nodes',
  'engine_node_terms',
  'engine_subjects',
  'engine_subject_nodes',
  'engine_links',
  'engine_link_candidates',
];

async function readSnapshot(client: pg.PoolClient): Promise<RunSnapshot> {
  const { rows: nodeRows } = await client.query<{
    node_id: number;
    source_id: string;
    kind: SourceKind;
    identity: string;
    record_count: number;
    change_seq: string;
  }>(
    'SELECT n.node_id, n.source_id, s.kind, n.identity, n.record_count, n.change_seq FROM engine_identity_nodes n JOIN engine_sources s ON s.source_id = n.source_id ORDER BY n.node_id',
  );
  const nodes: RunSnapshot['nodes'] = new Map(
    nodeRows.map((row) => [
      row.node_id,
      {
        source_id: row.source_id,
        kind: row.kind,
        record_count: row.record_count,
        change_seq: Number(row.change_seq),
        parsed: JSON.parse(row.identity) as RecordedIdentity,
      },
    ]),
  );
  const { rows: members } = await client.query<{ node_id: number; subject_id: string }>(
    'SELECT node_id, subject_id FROM engine_subject_nodes ORDER BY node_id',
  );
  const model = await readSetting(client, 'consolidation:model');
  return {
    changeSeq: Number((await readSetting(client, 'sequence:change')) ?? '0'),
    watermark: Number((await readSetting(client, 'consolidation:watermark')) ?? '0'),
    nodes,
    subjectOf: new Map(members.map((row) => [row.node_id, row.subject_id])),
    model: model === undefined ? undefined : (JSON.parse(model) as MatchModel),
    overrides: await asNodeOverrides(client),
  };
}

async function countSubjects(client: pg.PoolClient): Promise<number> {
  return Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM engine_subjects')).rows[0].n);
}

/** Plans against the store as it is now (records may have been erased since the snapshot) and writes the plan. */
async function applyResolution(
  client: pg.PoolClient,
  snapshot: RunSnapshot,
  resolution: Resolution,
  scopeNodes: number[],
  clock: Clock,
): Promise<Record<string, number>> {
  const now = timestamp(clock);
  // Subject ids are numbered as SQLite numbers them; the write lock makes reading and writing the sequence safe.
  let subjectSequence = Number((await readSetting(client, 'sequence:subject')) ?? '0');
  const assignment = assignIds(snapshot, resolution, scopeNodes, () => engineId('subj-', ++subjectSequence));
  await writeSetting(client, 'sequence:subject', String(subjectSequence));
  const { rows: counts } = await client.query<{ node_id: number; record_count: number }>(
    'SELECT node_id, record_count FROM engine_identity_nodes WHERE node_id = ANY($1::int[])',
    [resolution.clusters.flat()],
  );
  const { rows: stored } = await client.query<{ subject_id: string; canonical_identity: string }>(
    'SELECT subject_id, canonical_identity FROM engine_subjects WHERE subject_id = ANY($1::text[])',
    [assignment.clusterIds],
  );
  const recordCounts = new Map(counts.map((row) => [row.node_id, row.record_count]));
  const canonical = new Map(stored.map((row) => [row.subject_id, row.canonical_identity]));
  const plan = planResolution(snapshot, resolution, scopeNodes, assignment, {
    recordCountOf: (nodeId) => recordCounts.get(nodeId),
    canonicalOf: (subjectId) => canonical.get(subjectId),
  });
  await writePlan(client, plan, now);
  const possibleMatches = await replaceCandidates(client, resolution, scopeNodes, now);
  await writeSetting(client, 'consolidation:watermark', String(snapshot.changeSeq));
  await writeSetting(client, 'consolidation:model', JSON.stringify(resolution.model));
  return {
    subjects: await countSubjects(client),
    subjectsCreated: plan.created,
    subjectsChanged: plan.changed,
    merges: plan.redirects.size,
    removed: plan.removed.length,
    links: resolution.links.length,
    possibleMatches,
  };
}

/** The plan in set-based statements, in the order the SQLite engine applies it. */
async function writePlan(client: pg.PoolClient, plan: ResolutionPlan, now: string): Promise<void> {
  const rewritten = [...plan.deleted, ...plan.writes.map((write) => write.subjectId)];
  await client.query('DELETE FROM engine_subject_nodes WHERE subject_id = ANY($1::text[])', [rewritten]);
  await client.query('DELETE FROM engine_links WHERE subject_id = ANY($1::text[])', [rewritten]);
  await client.query('DELETE FROM engine_subjects WHERE subject_id = ANY($1::text[])', [plan.deleted]);
  const members = plan.writes.flatMap((write) => write.members.map((nodeId) => [nodeId, write.subjectId] as const));
  await client.query(
    `INSERT INTO engine_subject_nodes (node_id, subject_id) SELECT * FROM unnest($1::int[], $2::text[])
     ON CONFLICT (node_id) DO UPDATE SET subject_id = excluded.subject_id`,
    [members.map(([nodeId]) => nodeId), members.map(([, subjectId]) => subjectId)],
  );
  const links = plan.writes.flatMap((write) =>
    write.links.map(({ left, right, ...explanation }) => ({
      subjectId: write.subjectId,
      left,
      right,
      explanation: JSON.stringify({ left, right, ...explanation }),
    })),
  );
  await client.query(
    `INSERT INTO engine_links (subject_id, left_node, right_node, explanation, decided_at)
     SELECT l.subject_id, l.left_node, l.right_node, l.explanation, $5 FROM unnest($1::text[], $2::int[], $3::int[], $4::text[]) WITH ORDINALITY
       AS l(subject_id, left_node, right_node, explanation, ord) ORDER BY l.ord`,
    [links.map((link) => link.subjectId), links.map((link) => link.left), links.map((link) => link.right), links.map((link) => link.explanation), now],
  );
  await client.query(
    `INSERT INTO engine_subjects (subject_id, canonical_identity, record_count, updated_at) SELECT s.*, $4 FROM unnest($1::text[], $2::text[], $3::int[]) AS s
     ON CONFLICT (subject_id) DO UPDATE SET canonical_identity = excluded.canonical_identity, record_count = excluded.record_count, updated_at = excluded.updated_at`,
    [plan.writes.map((write) => write.subjectId), plan.writes.map((write) => write.identity), plan.writes.map((write) => write.records), now],
  );
  await client.query('DELETE FROM engine_subject_redirects WHERE former_id = ANY($1::text[])', [plan.writes.map((write) => write.subjectId)]);
  // Targets are subjects being written, never former ids, so redirects can be moved all at once.
  const formers = [...plan.redirects.keys()];
  const targets = [...plan.redirects.values()];
  await client.query(
    'UPDATE engine_subject_redirects r SET subject_id = m.target FROM unnest($1::text[], $2::text[]) AS m(former, target) WHERE r.subject_id = m.former',
    [formers, targets],
  );
  await client.query(
    `INSERT INTO engine_subject_redirects (former_id, subject_id) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (former_id) DO UPDATE SET subject_id = excluded.subject_id`,
    [formers, targets],
  );
  await client.query('DELETE FROM engine_subject_redirects WHERE subject_id = ANY($1::text[])', [plan.removed]);
}

/**
 * The possible-match queue for the nodes in scope: their old pairs go, the run's pairs come in (a
 * pair found again takes a new place, as SQLite's INSERT OR REPLACE gives it). Returns the queue's size.
 */
async function replaceCandidates(client: pg.PoolClient, resolution: Resolution, scopeNodes: number[], now: string): Promise<number> {
  const total = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM engine_identity_nodes')).rows[0].n);
  if (scopeNodes.length === total) await client.query('DELETE FROM engine_link_candidates');
  else await client.query('DELETE FROM engine_link_candidates WHERE left_node = ANY($1::int[]) OR right_node = ANY($1::int[])', [scopeNodes]);
  const latest = new Map(resolution.candidates.map((candidate) => [`${candidate.left} ${candidate.right}`, candidate]));
  const candidates = [...latest.values()];
  await client.query('DELETE FROM engine_link_candidates c USING unnest($1::int[], $2::int[]) AS p(l, r) WHERE c.left_node = p.l AND c.right_node = p.r', [
    candidates.map((candidate) => candidate.left),
    candidates.map((candidate) => candidate.right),
  ]);
  await client.query(
    `INSERT INTO engine_link_candidates (left_node, right_node, body, found_at)
     SELECT c.l, c.r, c.body, $4 FROM unnest($1::int[], $2::int[], $3::text[]) WITH ORDINALITY AS c(l, r, body, ord) ORDER BY c.ord`,
    [
      candidates.map((candidate) => candidate.left),
      candidates.map((candidate) => candidate.right),
      candidates.map(({ left: _left, right: _right, ...evidence }) => JSON.stringify(evidence)),
      now,
    ],
  );
  return Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM engine_link_candidates')).rows[0].n);
}
