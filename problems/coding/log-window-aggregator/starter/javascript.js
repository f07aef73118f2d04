class LogAggregator {
  constructor(window) {
    this.window = window;
  }

  record(endpoint, t, latencyMs) {
    return null;
  }

  stats(endpoint, t) {
    // [count, p95] over (t - window, t]; [0, null] when there are no requests.
    return [0, null];
  }
}
