const MAX_TOTAL = 1000000;

class Leaderboard {
  constructor() {
    this.total = new Map();
    this.tree = new Int32Array(MAX_TOTAL + 1); // index MAX_TOTAL + 1 - total: high totals first
    this.heap = []; // [total, user], max by total then min by user; stale entries dropped lazily
  }

  update(total, delta) {
    for (let i = MAX_TOTAL + 1 - total; i <= MAX_TOTAL; i += i & -i) this.tree[i] += delta;
  }

  countAbove(total) {
    let s = 0;
    for (let i = MAX_TOTAL - total; i > 0; i -= i & -i) s += this.tree[i];
    return s;
  }

  static before(a, b) {
    return a[0] > b[0] || (a[0] === b[0] && a[1] < b[1]);
  }

  heapPush(item) {
    const h = this.heap;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!Leaderboard.before(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  heapPop() {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && Leaderboard.before(h[l], h[m])) m = l;
        if (r < h.length && Leaderboard.before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }

  add_score(user, points) {
    const old = this.total.get(user);
    if (old !== undefined) this.update(old, -1);
    const now = (old || 0) + points;
    this.total.set(user, now);
    this.update(now, 1);
    this.heapPush([now, user]);
    return now;
  }

  top(k) {
    const taken = [];
    const seen = new Set();
    while (this.heap.length > 0 && taken.length < k) {
      const item = this.heapPop();
      if (this.total.get(item[1]) === item[0] && !seen.has(item[1])) {
        seen.add(item[1]);
        taken.push(item);
      }
    }
    for (const item of taken) this.heapPush(item);
    return taken.map(([total, user]) => [user, total]);
  }

  rank(user) {
    const total = this.total.get(user);
    return total === undefined ? -1 : 1 + this.countAbove(total);
  }

  reset(user) {
    const total = this.total.get(user);
    if (total === undefined) return 0;
    this.total.delete(user);
    this.update(total, -1);
    return total;
  }
}
