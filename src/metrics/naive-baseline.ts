/**
 * The naive baseline every consolidation score is shown beside: link two records only when they
 * record the same strong identifier (staff, warrant, payroll or NI number, username or email) in
 * the same field, exactly as written, and take the connected components (union-find). No names, no
 * dates, no normalisation. An engine that does not beat it adds nothing over a database join; on a
 * force where it already scores 0.99, the data set cannot tell a good engine from a trivial one.
 *
 * Records are added one at a time in the scorer's record order, so the labels line up with the truth
 * the scorer holds; memory is a few bytes per record plus one entry per distinct identifier.
 */
import { strongIdentifierFields, type RecordedIdentity } from '../contract/index.js';
import { pairwiseAccuracy, type ClusterLabels, type PairwiseAccuracy } from './pairwise-accuracy.js';

/** What the baseline is, for reports. */
export const naiveBaselineMethod = 'naive exact-identifier join: records sharing a strong identifier (same field, exact value) linked, connected components';

export class NaiveBaseline {
  private parent = new Int32Array(1 << 16);
  private count = 0;
  private readonly firstHolder = new Map<string, number>();

  /** Records added so far. */
  get size(): number {
    return this.count;
  }

  /** Adds the next record (index `size`) by its recorded identity. */
  add(identity: RecordedIdentity | Readonly<Record<string, unknown>>): void {
    const index = this.count++;
    if (index >= this.parent.length) {
      const grown = new Int32Array(this.parent.length * 2);
      grown.set(this.parent);
      this.parent = grown;
    }
    this.parent[index] = index;
    const fields = identity as Readonly<Record<string, unknown>>;
    for (const field of strongIdentifierFields) {
      const value = fields[field];
      if (typeof value !== 'string' || value === '') continue;
      const key = `${field}\u0000${value}`;
      const holder = this.firstHolder.get(key);
      if (holder === undefined) this.firstHolder.set(key, index);
      else this.union(holder, index);
    }
  }

  private find(item: number): number {
    let root = item;
    while (this.parent[root] !== root) root = this.parent[root];
    // Path compression: later look-ups of the same chain are one step.
    while (this.parent[item] !== root) {
      const next = this.parent[item];
      this.parent[item] = root;
      item = next;
    }
    return root;
  }

  private union(left: number, right: number): void {
    const a = this.find(left);
    const b = this.find(right);
    if (a !== b) this.parent[Math.max(a, b)] = Math.min(a, b);
  }

  /** The cluster label of every record added, in order. */
  labels(): Int32Array {
    const labels = new Int32Array(this.count);
    for (let index = 0; index < this.count; index++) labels[index] = this.find(index);
    return labels;
  }

  /** Pairwise precision, recall and F1 of the baseline against `truth` (a label per record, same order). */
  score(truth: ClusterLabels): PairwiseAccuracy {
    return pairwiseAccuracy({ predicted: this.labels(), truth });
  }
}

/** The baseline's figures as reports carry them. */
export interface BaselineScore {
  readonly method: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function baselineScore(accuracy: PairwiseAccuracy): BaselineScore {
  return { method: naiveBaselineMethod, precision: accuracy.precision, recall: accuracy.recall, f1: accuracy.f1 };
}
