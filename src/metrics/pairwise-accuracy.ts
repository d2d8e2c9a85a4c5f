/**
 * Pairwise accuracy of a clustering (entity resolution's standard measure): every pair of items put
 * in one cluster is a predicted match; precision is the share of predicted pairs that are true, recall
 * the share of true pairs that are predicted. Both come from the contingency table of (predicted,
 * true) labels as sums of C(n, 2), so the cost is linear in the items however large the clusters:
 * a force of 3 million records with people of hundreds of records would have billions of pairs.
 */

/** A cluster label per item: any number or string; items with equal labels are in one cluster. */
export type ClusterLabels = ArrayLike<number | string>;

export interface PairwiseAccuracyInput {
  /** The predicted cluster of each item. */
  readonly predicted: ClusterLabels;
  /** The true cluster of each item, in the same item order. */
  readonly truth: ClusterLabels;
  /**
   * How many items each entry stands for (default 1 each): scores a group of items known to share
   * both labels (for example all the records of one identity node) without listing them one by one.
   */
  readonly weights?: ArrayLike<number>;
}

export interface PairwiseAccuracy {
  /** Pairs in one predicted cluster. */
  readonly predictedPairs: number;
  /** Pairs in one true cluster. */
  readonly truePairs: number;
  /** Pairs in one predicted and one true cluster. */
  readonly correctPairs: number;
  /** correct / predicted; 1 when nothing is predicted (no claim, so no wrong claim). */
  readonly precision: number;
  /** correct / true; 1 when there is nothing to find. */
  readonly recall: number;
  /** The harmonic mean of precision and recall (0 when both are 0). */
  readonly f1: number;
}

const pairsOf = (count: number): number => (count * (count - 1)) / 2;

/** Maps each distinct label to a dense integer, so a cell of the table has a numeric key. */
function denseLabels(labels: ClusterLabels): { ids: Int32Array; distinct: number } {
  const idOf = new Map<number | string, number>();
  const ids = new Int32Array(labels.length);
  for (let index = 0; index < labels.length; index++) {
    const label = labels[index];
    let id = idOf.get(label);
    if (id === undefined) {
      id = idOf.size;
      idOf.set(label, id);
    }
    ids[index] = id;
  }
  return { ids, distinct: idOf.size };
}

function sumOfPairs(counts: Iterable<number>): number {
  let total = 0;
  for (const count of counts) total += pairsOf(count);
  return total;
}

/**
 * Pairwise precision, recall and F1 of `predicted` against `truth`. Linear time and memory in the
 * number of items; exact (integer arithmetic) below 2^53 pairs.
 */
export function pairwiseAccuracy({ predicted, truth, weights }: PairwiseAccuracyInput): PairwiseAccuracy {
  if (predicted.length !== truth.length) throw new RangeError(`predicted has ${predicted.length} items but truth has ${truth.length}`);
  if (weights && weights.length !== predicted.length) throw new RangeError(`weights has ${weights.length} entries for ${predicted.length} items`);
  const predictedIds = denseLabels(predicted);
  const trueIds = denseLabels(truth);
  const predictedSizes = new Float64Array(predictedIds.distinct);
  const trueSizes = new Float64Array(trueIds.distinct);
  const cells = new Map<number, number>();
  for (let index = 0; index < predicted.length; index++) {
    const weight = weights ? weights[index] : 1;
    if (!(weight >= 0)) throw new RangeError(`weight ${weight} of item ${index} is not a non-negative number`);
    const predictedId = predictedIds.ids[index];
    const trueId = trueIds.ids[index];
    predictedSizes[predictedId] += weight;
    trueSizes[trueId] += weight;
    const cell = predictedId * trueIds.distinct + trueId;
    cells.set(cell, (cells.get(cell) ?? 0) + weight);
  }
  const predictedPairs = sumOfPairs(predictedSizes);
  const truePairs = sumOfPairs(trueSizes);
  const correctPairs = sumOfPairs(cells.values());
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { predictedPairs, truePairs, correctPairs, precision, recall, f1 };
}

/**
 * Labels from a list of clusters of item indexes (`clusters[c]` holds the items of cluster `c`), for
 * `itemCount` items; an item in no cluster is a singleton. Throws when an item is in two clusters.
 */
export function labelsFromClusters(clusters: readonly (readonly number[])[], itemCount: number): Int32Array {
  const labels = new Int32Array(itemCount).fill(-1);
  clusters.forEach((cluster, clusterIndex) => {
    for (const item of cluster) {
      if (item < 0 || item >= itemCount) throw new RangeError(`item ${item} is outside 0..${itemCount - 1}`);
      if (labels[item] !== -1) throw new RangeError(`item ${item} is in two clusters`);
      labels[item] = clusterIndex;
    }
  });
  let next = clusters.length;
  for (let item = 0; item < itemCount; item++) if (labels[item] === -1) labels[item] = next++;
  return labels;
}
