/**
 * Disjoint sets over 0..n-1, for grouping what belongs together (notes of one
 * meeting, copies of one item). The smaller index is always the root, so a
 * group's root is its first member in input order.
 */
export class UnionFind {
  protected readonly parent: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }

  /** Join the sets of `a` and `b`; returns the root kept, or -1 when they were already one. */
  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return -1;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    return root;
  }
}
