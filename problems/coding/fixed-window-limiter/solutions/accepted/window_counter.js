class FixedWindowLimiter {
  constructor(limit, window) {
    this.limit = limit;
    this.window = window;
    this.state = new Map(); // user -> { number, count }
  }

  count(user, t) {
    const s = this.state.get(user);
    if (!s || s.number !== Math.floor(t / this.window)) return 0;
    return s.count;
  }

  allow(user, t) {
    const number = Math.floor(t / this.window);
    let s = this.state.get(user);
    if (!s || s.number !== number) {
      s = { number, count: 0 };
      this.state.set(user, s);
    }
    if (s.count < this.limit) {
      s.count++;
      return true;
    }
    return false;
  }

  retry_after(user, t) {
    if (this.count(user, t) < this.limit) return 0;
    return (Math.floor(t / this.window) + 1) * this.window - t;
  }
}
