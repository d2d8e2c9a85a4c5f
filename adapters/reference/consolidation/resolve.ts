/**
 * Entity resolution, as the engine calls it.
 *
 * Full run: `resolveAll` resolves every node and, unless given one, estimates the match model. The
 * engine stores `resolution.model` (JSON) and hands it back to later incremental runs, so that the
 * same pair always gets the same score between full runs.
 *
 * Incremental run: `resolveIncrement` recomputes only the affected region (`incremental-region.ts`)
 * with the stored model. What is recomputed and why:
 * - normalisation and blocking keys of every node: cheap (a few seconds for a whole force), and the
 *   only way to know which old clusters a changed node now shares a block with;
 * - comparisons, link decisions and clustering only inside the region: pairs outside it are between
 *   unchanged nodes, already compared with the same model;
 * - never the model: re-estimating it on a few changes would move every score a little and could
 *   reshuffle subjects nobody touched. A full run (requested by the engine) re-estimates it.
 * The region's result is exactly what `resolveAll` with the same model gives on the region's nodes;
 * it equals a full run over everything unless a block straddling the region is oversized (its window
 * then differs) or a cannot-link cut depends on clusters outside the region.
 */
import { affectedRegion, type ChangeSet } from './incremental-region.js';
import { resolveNodes, type ResolveSettings } from './resolve-nodes.js';
import type { IdentityNode, MatchModel, NodeOverride, Resolution } from './types.js';

export type { ResolveSettings } from './resolve-nodes.js';

export interface ResolveAllInput {
  readonly nodes: readonly IdentityNode[];
  readonly overrides: readonly NodeOverride[];
  /** The model to use; estimated from these nodes when absent. */
  readonly model?: MatchModel;
  readonly settings?: ResolveSettings;
}

/** Resolves every node. Deterministic: the same nodes and overrides in any order give the same result. */
export function resolveAll({ nodes, overrides, model, settings }: ResolveAllInput): Resolution {
  return resolveNodes(nodes, overrides, model, settings);
}

export interface ResolveIncrementInput extends ChangeSet {
  /** The stored model of the last full run. */
  readonly model: MatchModel;
  readonly settings?: ResolveSettings;
}

export interface IncrementalResolution {
  /** Clusters and links of the affected region only. */
  readonly resolution: Resolution;
  /** The previous clusters (exactly as given) that `resolution.clusters` replace; all others stand. */
  readonly replacedClusters: number[][];
}

/** Resolves the region affected by the changes, with the stored model. */
export function resolveIncrement(input: ResolveIncrementInput): IncrementalResolution {
  const region = affectedRegion(input, input.settings?.blocking);
  const regionNodeIds = new Set(region.nodes.map((node) => node.nodeId));
  const overrides = input.overrides.filter((override) => regionNodeIds.has(override.left) && regionNodeIds.has(override.right));
  const resolution = resolveNodes(region.nodes, overrides, input.model, input.settings);
  return {
    resolution: {
      ...resolution,
      statistics: {
        ...resolution.statistics,
        regionNodes: region.nodes.length,
        replacedClusters: region.replacedClusters.length,
        changedNodes: region.changedNodes,
      },
    },
    replacedClusters: region.replacedClusters,
  };
}
