class TTLCache {
  // A Map in recency order (least recent first) and a binary heap of [expiresAt, key].
  constructor(capacity) {
    this.capacity = capacity;
    this.entries = new Map(); // key -> [value, expiresAt]
    this.heap = [];
  }

  static less(a, b) {
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  }

  heapPush(item) {
    const h = this.heap;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!TTLCache.less(h[i], h[p])) break;
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
        if (l < h.length && TTLCache.less(h[l], h[m])) m = l;
        if (r < h.length && TTLCache.less(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }

  purge(t) {
    while (this.heap.length > 0 && this.heap[0][0] <= t) {
      const [expiresAt, key] = this.heapPop();
      const entry = this.entries.get(key);
      if (entry !== undefined && entry[1] === expiresAt) this.entries.delete(key);
    }
  }

  get(key, t) {
    this.purge(t);
    const entry = this.entries.get(key);
    if (entry === undefined) return null;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry[0];
  }

  put(key, value, ttl, t) {
    this.purge(t);
    let evicted = null;
    if (this.entries.has(key)) {
      this.entries.delete(key);
    } else if (this.entries.size >= this.capacity) {
      evicted = this.entries.keys().next().value;
      this.entries.delete(evicted);
    }
    this.entries.set(key, [value, t + ttl]);
    this.heapPush([t + ttl, key]);
    return evicted;
  }

  size(t) {
    this.purge(t);
    return this.entries.size;
  }
}
