class EventBatcher {
  constructor(maxSize, maxDelay, retention) {
    this.maxSize = maxSize;
    this.maxDelay = maxDelay;
    this.retention = retention;
  }

  add(eventId, t) {
    // Return the batches this call emits, in order (often none).
    return [];
  }

  tick(t) {
    // Return [batch] if the open batch is due at time t, else [].
    return [];
  }

  flush() {
    // Return [batch] with the open batch if it is not empty, else [].
    return [];
  }
}
