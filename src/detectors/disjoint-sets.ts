/** Union-find over string keys, for grouping linked subjects in near-linear time. */
export class DisjointSets {
  private readonly parents = new Map<string, string>();

  /** The representative of the set holding `key` (a new singleton set when unseen). */
  find(key: string): string {
    let root = key;
    for (let parent = this.parents.get(root); parent !== undefined && parent !== root; parent = this.parents.get(root)) root = parent;
    if (!this.parents.has(key)) this.parents.set(key, key);
    // Path compression: later finds on this chain take one step.
    for (let node = key; node !== root;) {
      const next = this.parents.get(node)!;
      this.parents.set(node, root);
      node = next;
    }
    return root;
  }

  /** Puts the sets of `first` and `second` together. */
  union(first: string, second: string): void {
    const firstRoot = this.find(first);
    const secondRoot = this.find(second);
    if (firstRoot !== secondRoot) this.parents.set(secondRoot, firstRoot);
  }
}
