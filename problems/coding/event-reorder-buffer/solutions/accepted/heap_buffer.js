class MinHeap {
  // Items are [ts, seq, id]; (ts, seq) is unique.
  constructor() {
    this.a = [];
  }
  less(x, y) {
    return x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
  }
  push(item) {
    const a = this.a;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m])) m = l;
        if (r < a.length && this.less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

class ReorderBuffer {
  constructor(lateness) {
    this.lateness = lateness;
    this.maxSeen = null;
    this.heap = new MinHeap();
    this.seq = 0;
    this.lateIds = [];
  }

  push(eventId, ts) {
    if (this.maxSeen !== null && ts < this.maxSeen - this.lateness) {
      this.lateIds.push(eventId);
      return [];
    }
    this.heap.push([ts, this.seq++, eventId]);
    if (this.maxSeen === null || ts > this.maxSeen) this.maxSeen = ts;
    const watermark = this.maxSeen - this.lateness;
    const out = [];
    while (this.heap.a.length > 0 && this.heap.a[0][0] <= watermark) out.push(this.heap.pop()[2]);
    return out;
  }

  late() {
    const out = this.lateIds;
    this.lateIds = [];
    return out;
  }

  flush() {
    const out = [];
    while (this.heap.a.length > 0) out.push(this.heap.pop()[2]);
    return out;
  }
}
