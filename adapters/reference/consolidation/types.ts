/**
 * The entity-resolution module's shapes. The engine groups records into identity nodes and hands
 * them here; this module decides which nodes are the same person and explains every link. It knows
 * nothing of storage, subject ids or runs.
 */
import type { LinkExplanation, RecordedIdentity, SourceKind } from '../../../src/contract/index.js';

/**
 * One identity as one source recorded it. The engine makes one node per source and distinct
 * recorded identity when that identity holds a strong identifier (staff, warrant, payroll or NI
 * number, username, email), and one node per record otherwise.
 */
export interface IdentityNode {
  /** Dense id given by the engine; stable for the life of the node. */
  readonly nodeId: number;
  readonly sourceId: string;
  readonly sourceKind: SourceKind;
  readonly identity: RecordedIdentity;
}

/** A link override, translated to nodes by the engine. */
export interface NodeOverride {
  readonly overrideId: string;
  readonly kind: 'must_link' | 'cannot_link';
  readonly left: number;
  readonly right: number;
}

/** Why two nodes are joined; mirrors the contract's `LinkExplanation` without record refs. */
export type NodeLink = { readonly left: number; readonly right: number } & Pick<
  LinkExplanation,
  'basis' | 'identifier' | 'score' | 'threshold' | 'comparisons' | 'overrideId'
>;

/** The learned scoring model (Fellegi–Sunter weights), kept so incremental runs score alike. */
export interface MatchModel {
  readonly version: string;
  /** Opaque to the engine: stored as JSON and handed back. */
  readonly parameters: unknown;
}

/**
 * A possible match: two nodes in different clusters whose pair scored just below the threshold (or
 * whose shared identifier the rest of their identities outweighed). Not merged: a person decides,
 * with a link override. One per pair of clusters, the best-scoring pair of nodes between them.
 */
export interface NodeCandidate {
  readonly left: number;
  readonly right: number;
  readonly score: number;
  readonly threshold: number;
  readonly comparisons: NonNullable<LinkExplanation['comparisons']>;
}

/** The answer: which nodes go together, and a spanning set of explained links per cluster. */
export interface Resolution {
  /** Every node exactly once; each cluster sorted ascending; clusters sorted by their first node. */
  readonly clusters: number[][];
  /** For each cluster of n nodes, n − 1 links that connect it (a spanning tree), best evidence first. */
  readonly links: NodeLink[];
  /** Possible matches between the clusters, best score first. */
  readonly candidates: NodeCandidate[];
  /** The model used (estimated in a full run, reused in incremental ones). */
  readonly model: MatchModel;
  /** Figures for the run's statistics: candidate pairs compared, links by basis, and so on. */
  readonly statistics: Record<string, number>;
}
