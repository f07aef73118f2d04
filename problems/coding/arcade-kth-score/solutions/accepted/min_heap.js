class MinHeap {
  constructor() {
    this.a = [];
  }
  get size() {
    return this.a.length;
  }
  peek() {
    return this.a[0];
  }
  push(x) {
    const a = this.a;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p] <= a[i]) break;
      [a[p], a[i]] = [a[i], a[p]];
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
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

class ScoreBoard {
  constructor(k, scores) {
    this.k = k;
    this.heap = new MinHeap();
    for (const s of scores) this.add(s);
  }

  add(score) {
    if (this.heap.size < this.k) this.heap.push(score);
    else if (score > this.heap.peek()) {
      this.heap.pop();
      this.heap.push(score);
    }
    return this.heap.size === this.k ? this.heap.peek() : null;
  }
}
