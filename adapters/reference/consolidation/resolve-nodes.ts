/**
 * One resolution of a set of nodes, start to end: profiles, blocking, comparison, the model
 * (estimated, or the one given), the link decisions, clustering under overrides, and explanations.
 * `resolve.ts` calls it on all nodes (a full run) or on the affected region (an incremental run).
 */
import { buildBlockingIndex, candidatePairs, defaultBlockingOptions, type BlockingOptions } from './blocking.js';
import { clusterUnambiguously } from './ambiguous-links.js';
import { overrideStrength } from './clustering.js';
import { comparerOf } from './comparison-vector.js';
import { estimateModel } from './estimation.js';
import { IdentifierConflicts } from './identifier-conflicts.js';
import { decideLinks, defaultReviewBand } from './link-decisions.js';
import { AllGuards, DateConflicts } from './merge-guards.js';
import { NameConflicts } from './name-conflicts.js';
import { possibleMatches } from './possible-matches.js';
import { EdgeBuilder, EdgeKind, explainEdge } from './link-graph.js';
import { compileModel, fromMatchModel, toMatchModel } from './match-model.js';
import { buildProfiles } from './profiles.js';
import { PairScorer } from './scoring.js';
import type { IdentityNode, MatchModel, NodeLink, NodeOverride, Resolution } from './types.js';

/** Tuning knobs; the defaults are the documented choices. */
export interface ResolveSettings {
  readonly blocking?: BlockingOptions;
  /** Score (log2 odds) at which pairs link, when a model is estimated; a given model keeps its own. */
  readonly threshold?: number;
  /** How far below the threshold (log2 odds) a pair still goes to the possible-match queue. */
  readonly reviewBand?: number;
}

/** The default threshold: posterior odds of 1:1 (a match is judged more likely than not). */
export const defaultThreshold = 0;

/** Wall-clock milliseconds per phase, for the run's statistics (`millisecondsProfiles`, …). */
class PhaseTimer {
  private last = performance.now();
  private readonly phases: Record<string, number> = {};

  lap(phase: string): void {
    const now = performance.now();
    this.phases[`milliseconds${phase}`] = Math.round(now - this.last);
    this.last = now;
  }

  milliseconds(): Record<string, number> {
    return { ...this.phases, millisecondsTotal: Object.values(this.phases).reduce((sum, value) => sum + value, 0) };
  }
}

/** The position of `nodeId` among nodes sorted by id, or -1 (binary search: no map of every node). */
function positionOf(nodes: readonly IdentityNode[], nodeId: number): number {
  let low = 0;
  let high = nodes.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (nodes[middle].nodeId === nodeId) return middle;
    if (nodes[middle].nodeId < nodeId) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Resolves `nodes` with `overrides` (those naming other nodes are ignored), estimating a model unless given. */
export function resolveNodes(
  nodes: readonly IdentityNode[],
  overrides: readonly NodeOverride[],
  model: MatchModel | undefined,
  settings: ResolveSettings = {},
): Resolution {
  const timer = new PhaseTimer();
  const profiles = buildProfiles(nodes);
  timer.lap('Profiles');
  const index = buildBlockingIndex(profiles, settings.blocking ?? defaultBlockingOptions);
  const pairs = candidatePairs(index, profiles.profileCount);
  timer.lap('Blocking');
  const vectors = new Int32Array(pairs.count);
  const comparer = comparerOf(profiles);
  for (let pair = 0; pair < pairs.count; pair++) vectors[pair] = comparer.compare(pairs.left[pair], pairs.right[pair]);
  timer.lap('Comparing');
  const parameters = model ? fromMatchModel(model) : estimateModel(profiles, index, vectors, settings.threshold ?? defaultThreshold);
  const scorer = new PairScorer(compileModel(parameters), profiles);
  timer.lap('Model');

  const edges = new EdgeBuilder();
  const cannotLinks: [number, number][] = [];
  const overrideIds: string[] = [];
  let overridesIgnored = 0;
  // In id order, so that the spanning links chosen among must-links do not depend on input order.
  const sortedOverrides = [...overrides].sort((left, right) => (left.overrideId < right.overrideId ? -1 : left.overrideId > right.overrideId ? 1 : 0));
  for (const override of sortedOverrides) {
    const left = positionOf(profiles.nodes, override.left);
    const right = positionOf(profiles.nodes, override.right);
    if (left < 0 || right < 0) overridesIgnored++;
    else if (override.kind === 'cannot_link') cannotLinks.push([left, right]);
    else if (left !== right) edges.add(left, right, overrideStrength, EdgeKind.override, overrideIds.push(override.overrideId) - 1);
  }
  const decisions = decideLinks(edges, profiles, pairs, vectors, scorer, settings.reviewBand ?? defaultReviewBand);
  timer.lap('Scoring');

  const { clustering, heldBack, ambiguousNodes } = clusterUnambiguously(
    profiles.nodes.length,
    edges,
    cannotLinks,
    () => new AllGuards(new IdentifierConflicts(profiles), new NameConflicts(profiles), new DateConflicts(profiles)),
  );
  // Nodes are in id order, so clusters come out sorted and ordered by their first node.
  const clusterOfRoot = new Int32Array(profiles.nodes.length).fill(-1);
  const clusters: number[][] = [];
  profiles.nodes.forEach((node, position) => {
    const root = clustering.rootOf[position];
    if (clusterOfRoot[root] < 0) clusterOfRoot[root] = clusters.push([]) - 1;
    clusters[clusterOfRoot[root]].push(node.nodeId);
  });
  // Links grouped by cluster (a stable counting sort keeps each cluster's strongest-first order).
  const clusterOfLink = new Int32Array(clustering.accepted.length);
  clustering.accepted.forEach((edge, order) => (clusterOfLink[order] = clusterOfRoot[clustering.rootOf[edges.left[edge]]]));
  const linkStart = new Int32Array(clusters.length + 1);
  for (const cluster of clusterOfLink) linkStart[cluster + 1]++;
  for (let cluster = 0; cluster < clusters.length; cluster++) linkStart[cluster + 1] += linkStart[cluster];
  const links = new Array<NodeLink>(clustering.accepted.length);
  const basisCounts = { identifier: 0, probabilistic: 0, override: 0, imported: 0 };
  clustering.accepted.forEach((edge, order) => {
    const link = explainEdge(edges, edge, profiles, scorer, overrideIds);
    basisCounts[link.basis]++;
    links[linkStart[clusterOfLink[order]]++] = link;
  });
  const candidates = possibleMatches(decisions, pairs, vectors, profiles, clustering.rootOf, heldBack, edges, scorer, cannotLinks);
  timer.lap('Clustering');
  return {
    clusters,
    links,
    candidates,
    model: toMatchModel(parameters),
    statistics: {
      nodes: profiles.nodes.length,
      distinctIdentities: profiles.profileCount,
      blocks: index.blockCount,
      oversizedBlocks: index.oversizedBlocks,
      candidatePairs: pairs.count,
      linkedPairs: decisions.linkedPairs,
      vetoedIdentifierPairs: decisions.vetoedIdentifierPairs,
      possibleMatches: candidates.length,
      ambiguousNodesHeldBack: ambiguousNodes,
      linksByIdentifier: basisCounts.identifier,
      linksByScore: basisCounts.probabilistic,
      linksByOverride: basisCounts.override,
      linksCut: clustering.cut,
      linksRefusedForConflictingNumbers: clustering.refused,
      unmetCannotLinks: clustering.unmetCannotLinks,
      overridesIgnored,
      clusters: clusters.length,
      modelEstimated: model ? 0 : 1,
      modelIterations: model ? 0 : parameters.estimation.iterations,
      ...timer.milliseconds(),
    },
  };
}
