const SIZE = 1 << 14; // latencies 1 .. 10^4 fit below 16384

class Endpoint {
  constructor() {
    this.times = [];
    this.latencies = [];
    this.head = 0; // entries before head have left the window
    this.tree = new Int32Array(SIZE + 1);
  }

  add(latency, delta) {
    for (let i = latency; i <= SIZE; i += i & -i) this.tree[i] += delta;
  }

  kth(k) {
    let pos = 0;
    for (let step = SIZE; step > 0; step >>= 1) {
      const next = pos + step;
      if (next <= SIZE && this.tree[next] < k) {
        pos = next;
        k -= this.tree[next];
      }
    }
    return pos + 1;
  }

  expire(cutoff) {
    while (this.head < this.times.length && this.times[this.head] <= cutoff) {
      this.add(this.latencies[this.head], -1);
      this.head++;
    }
  }
}

class LogAggregator {
  constructor(window) {
    this.window = window;
    this.endpoints = new Map();
  }

  record(endpoint, t, latencyMs) {
    let ep = this.endpoints.get(endpoint);
    if (!ep) {
      ep = new Endpoint();
      this.endpoints.set(endpoint, ep);
    }
    ep.expire(t - this.window);
    ep.times.push(t);
    ep.latencies.push(latencyMs);
    ep.add(latencyMs, 1);
    return null;
  }

  stats(endpoint, t) {
    const ep = this.endpoints.get(endpoint);
    if (!ep) return [0, null];
    ep.expire(t - this.window);
    const count = ep.times.length - ep.head;
    if (count === 0) return [0, null];
    return [count, ep.kth(Math.floor((95 * count + 99) / 100))];
  }
}
