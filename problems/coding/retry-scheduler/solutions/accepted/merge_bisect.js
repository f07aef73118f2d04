function simulate_deliveries(messages, outages, policy) {
  const { base, factor, cap, max_attempts: maxAttempts } = policy;
  const sorted = outages.map((o) => [o[0], o[1]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const starts = [];
  const ends = [];
  for (const [s, e] of sorted) {
    const n = starts.length;
    if (n > 0 && s <= ends[n - 1]) {
      if (e > ends[n - 1]) ends[n - 1] = e;
    } else {
      starts.push(s);
      ends.push(e);
    }
  }
  // Index of the last merged interval starting at or before x, or -1.
  const down = (x) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && x < ends[lo - 1];
  };
  const result = [];
  for (let x of messages) {
    let delay = Math.min(base, cap);
    let k = 1;
    let dead = false;
    while (down(x)) {
      if (k === maxAttempts) {
        dead = true;
        break;
      }
      x += delay;
      delay = Math.min(cap, delay * factor);
      k += 1;
    }
    result.push([dead ? "dead" : "delivered", k, x]);
  }
  return result;
}
