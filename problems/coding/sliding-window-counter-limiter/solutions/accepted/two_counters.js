class SlidingWindowCounter {
  constructor(limit, window) {
    this.limit = limit;
    this.window = window;
    this.state = new Map(); // user -> { k, current, previous }
  }

  allow(user, t) {
    const k = Math.floor(t / this.window);
    const elapsed = t - k * this.window;
    let s = this.state.get(user);
    if (!s) {
      s = { k, current: 0, previous: 0 };
      this.state.set(user, s);
    } else if (s.k !== k) {
      s.previous = s.k === k - 1 ? s.current : 0;
      s.current = 0;
      s.k = k;
    }
    // Multiplied through by window: every term stays an integer below 2^53.
    if (s.previous * (this.window - elapsed) + s.current * this.window < this.limit * this.window) {
      s.current++;
      return true;
    }
    return false;
  }
}
