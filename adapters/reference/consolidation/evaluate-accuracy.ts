/**
 * Measures consolidation on a synthetic force: builds identity nodes as the engine does (one per
 * source and identical identity with a strong identifier, one per record otherwise), resolves them,
 * and scores the clustering of RECORDS against the generator's truth with the pairwise metric.
 *
 *   npx tsx adapters/reference/consolidation/evaluate-accuracy.ts --people 45000 --seed 3 [--profile clean|typical|hard]
 *
 * Prints one JSON object on stdout (progress on stderr). `--errors` adds, per source, how many
 * records ended apart from most of their person's records (recall losses) or inside another
 * person's cluster (precision losses), to see where accuracy goes.
 */
import { parseArgs } from 'node:util';
import type { SourceKind } from '../../../src/contract/index.js';
import { pairwiseAccuracy } from '../../../src/metrics/pairwise-accuracy.js';
import { synthesizeForce, type ProfileName } from '../../../src/synth/index.js';
import { nodeKeyOf } from './identity-nodes.js';
import { resolveAll } from './resolve.js';
import type { IdentityNode } from './types.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '5000' },
    months: { type: 'string', default: '12' },
    seed: { type: 'string', default: '1' },
    noise: { type: 'string', default: '1' },
    profile: { type: 'string', default: 'clean' },
    errors: { type: 'boolean', default: false },
  },
});
const people = Number(values.people);
const seed = Number(values.seed);
const progress = (message: string) => process.stderr.write(`evaluate: ${message}\n`);

// 1. Nodes, and for each node the people its records belong to (nearly always one).
const generateStarted = performance.now();
const force = synthesizeForce({ people, months: Number(values.months), seed, noise: Number(values.noise), profile: values.profile as ProfileName });
const kindOf = new Map(force.sources.map((source) => [source.sourceId, source.kind as SourceKind]));
const nodes: IdentityNode[] = [];
const nodeOfKey = new Map<string, number>();
const personIndex = new Map<string, number>();
/** Record counts per (node, person) cell, in the order cells appear. */
const cellNode: number[] = [];
const cellPerson: number[] = [];
const cellRecords: number[] = [];
const cellOf = new Map<number, number>();
let records = 0;
for (const { sourceId, record, personId } of force.records()) {
  records++;
  const key = nodeKeyOf(sourceId, record.identity);
  let node = key === null ? undefined : nodeOfKey.get(key);
  if (node === undefined) {
    node = nodes.length;
    nodes.push({ nodeId: node + 1, sourceId, sourceKind: kindOf.get(sourceId)!, identity: record.identity });
    if (key !== null) nodeOfKey.set(key, node);
  }
  let person = personIndex.get(personId);
  if (person === undefined) personIndex.set(personId, (person = personIndex.size));
  const cellKey = node * 1_000_000 + person;
  let cell = cellOf.get(cellKey);
  if (cell === undefined) {
    cellOf.set(cellKey, (cell = cellNode.length));
    cellNode.push(node);
    cellPerson.push(person);
    cellRecords.push(0);
  }
  cellRecords[cell]++;
}
nodeOfKey.clear();
cellOf.clear();
const generateSeconds = (performance.now() - generateStarted) / 1000;
progress(`${records} records → ${nodes.length} nodes in ${generateSeconds.toFixed(1)} s`);

// 2. Resolve, timed.
global.gc?.();
const rssBefore = process.memoryUsage().rss;
const cpuBefore = process.cpuUsage();
const started = performance.now();
const resolution = resolveAll({ nodes, overrides: [] });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const rssAfter = process.memoryUsage().rss;
progress(`resolved in ${seconds.toFixed(1)} s`);

// 3. Score at record level: each cell stands for its records.
const clusterOfNode = new Int32Array(nodes.length);
resolution.clusters.forEach((cluster, index) => {
  for (const nodeId of cluster) clusterOfNode[nodeId - 1] = index;
});
const predicted = Int32Array.from(cellNode, (node) => clusterOfNode[node]);
const accuracy = pairwiseAccuracy({ predicted, truth: cellPerson, weights: cellRecords });

const result: Record<string, unknown> = {
  people,
  seed,
  profile: values.profile,
  records,
  nodes: nodes.length,
  candidatePairs: resolution.statistics.candidatePairs,
  precision: accuracy.precision,
  recall: accuracy.recall,
  f1: accuracy.f1,
  // Read defensively: this script also measures engines from before the queue existed.
  possibleMatches: resolution.candidates?.length ?? 0,
  possibleMatchesPerRecord: (resolution.candidates?.length ?? 0) / records,
  seconds: Number(seconds.toFixed(2)),
  cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
  peakRssBytes: process.resourceUsage().maxRSS * 1024,
  rssBeforeBytes: rssBefore,
  rssAfterBytes: rssAfter,
  generateSeconds: Number(generateSeconds.toFixed(1)),
  statistics: resolution.statistics,
};
result.queueByReviewBand = queueByReviewBand();
if (values.errors) result.errorsBySource = errorsBySource();
process.stdout.write(`${JSON.stringify(result)}\n`);

/**
 * Per source: records outside the cluster holding most of their person's records (lost), and
 * records in a cluster where most records belong to someone else (intruding).
 */
function errorsBySource(): Record<string, { records: number; lost: number; intruding: number }> {
  const bestCluster = new Map<number, { cluster: number; records: number }>();
  const byPersonCluster = new Map<number, number>();
  const byClusterPerson = new Map<number, number>();
  const clusterMajority = new Map<number, { person: number; records: number }>();
  cellNode.forEach((node, cell) => {
    const key = cellPerson[cell] * 1_000_000 + clusterOfNode[node];
    byPersonCluster.set(key, (byPersonCluster.get(key) ?? 0) + cellRecords[cell]);
    const inverse = clusterOfNode[node] * 1_000_000 + cellPerson[cell];
    byClusterPerson.set(inverse, (byClusterPerson.get(inverse) ?? 0) + cellRecords[cell]);
  });
  for (const [key, count] of byPersonCluster) {
    const person = Math.floor(key / 1_000_000);
    if ((bestCluster.get(person)?.records ?? -1) < count) bestCluster.set(person, { cluster: key % 1_000_000, records: count });
  }
  for (const [key, count] of byClusterPerson) {
    const cluster = Math.floor(key / 1_000_000);
    if ((clusterMajority.get(cluster)?.records ?? -1) < count) clusterMajority.set(cluster, { person: key % 1_000_000, records: count });
  }
  const bySource: Record<string, { records: number; lost: number; intruding: number }> = {};
  cellNode.forEach((node, cell) => {
    const entry = (bySource[nodes[node].sourceId] ??= { records: 0, lost: 0, intruding: 0 });
    entry.records += cellRecords[cell];
    if (bestCluster.get(cellPerson[cell])!.cluster !== clusterOfNode[node]) entry.lost += cellRecords[cell];
    if (clusterMajority.get(clusterOfNode[node])!.person !== cellPerson[cell]) entry.intruding += cellRecords[cell];
  });
  return bySource;
}

/**
 * The possible-match queue as it would be with a narrower review band (the band only decides which
 * near pairs are queued, never a link): pairs, the records their nodes stand for, and how many pairs
 * are truly one person — to choose the band.
 */
function queueByReviewBand(): Record<string, { pairs: number; recordShare: number; samePersonShare: number }> {
  const recordsOfNode = new Float64Array(nodes.length);
  const personOfNode = new Int32Array(nodes.length).fill(-1);
  cellNode.forEach((node, cell) => {
    recordsOfNode[node] += cellRecords[cell];
    if (personOfNode[node] < 0) personOfNode[node] = cellPerson[cell];
  });
  const byBand: Record<string, { pairs: number; recordShare: number; samePersonShare: number }> = {};
  for (const band of [6, 4, 3, 2, 1, 0]) {
    const kept = (resolution.candidates ?? []).filter((candidate) => candidate.score >= candidate.threshold - band);
    const named = new Set(kept.flatMap((candidate) => [candidate.left - 1, candidate.right - 1]));
    let recordsNamed = 0;
    for (const node of named) recordsNamed += recordsOfNode[node];
    const same = kept.filter((candidate) => personOfNode[candidate.left - 1] === personOfNode[candidate.right - 1]).length;
    byBand[band] = { pairs: kept.length, recordShare: recordsNamed / records, samePersonShare: kept.length ? same / kept.length : 0 };
  }
  return byBand;
}
