class IdempotencyStore {
  constructor(ttl) {
    this.ttl = ttl;
    this.entries = new Map(); // key -> { hash, response, generation }
    this.queue = []; // { expiry, key, generation }, in order of expiry
    this.head = 0;
    this.generation = 0;
    this.live = 0;
  }

  expire(t) {
    while (this.head < this.queue.length && this.queue[this.head].expiry <= t) {
      const { key, generation } = this.queue[this.head++];
      const entry = this.entries.get(key);
      if (entry && entry.generation === generation) {
        this.entries.delete(key);
        this.live--;
      }
    }
  }

  handle(key, payloadHash, t, response) {
    this.expire(t);
    const entry = this.entries.get(key);
    if (entry) return entry.hash === payloadHash ? ["hit", entry.response] : ["conflict", null];
    this.generation++;
    this.entries.set(key, { hash: payloadHash, response, generation: this.generation });
    this.queue.push({ expiry: t + this.ttl, key, generation: this.generation });
    this.live++;
    return ["miss", response];
  }

  forget(key, t) {
    this.expire(t);
    if (this.entries.has(key)) {
      this.entries.delete(key);
      this.live--;
      return true;
    }
    return false;
  }

  size(t) {
    this.expire(t);
    return this.live;
  }
}
