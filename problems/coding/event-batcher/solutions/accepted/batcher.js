class EventBatcher {
  constructor(maxSize, maxDelay, retention) {
    this.maxSize = maxSize;
    this.maxDelay = maxDelay;
    this.retention = retention;
    this.acceptedAt = new Map();
    this.batch = [];
    this.oldest = 0;
  }

  due(t) {
    return this.batch.length > 0 && t >= this.oldest + this.maxDelay;
  }

  add(eventId, t) {
    const out = [];
    if (this.due(t)) {
      out.push(this.batch);
      this.batch = [];
    }
    const seen = this.acceptedAt.get(eventId);
    if (seen !== undefined && t - seen < this.retention) return out;
    this.acceptedAt.set(eventId, t);
    if (this.batch.length === 0) this.oldest = t;
    this.batch.push(eventId);
    if (this.batch.length === this.maxSize) {
      out.push(this.batch);
      this.batch = [];
    }
    return out;
  }

  tick(t) {
    const out = [];
    if (this.due(t)) {
      out.push(this.batch);
      this.batch = [];
    }
    return out;
  }

  flush() {
    const out = [];
    if (this.batch.length > 0) {
      out.push(this.batch);
      this.batch = [];
    }
    return out;
  }
}
