class IdempotencyStore {
  constructor(ttl) {
    this.ttl = ttl;
  }

  handle(key, payloadHash, t, response) {
    // ["hit", stored response], ["conflict", null] or ["miss", response] (and store the key).
    return ["miss", response];
  }

  forget(key, t) {
    // Delete the key if it is live at t; say whether it was.
    return false;
  }

  size(t) {
    // The number of keys live at t.
    return 0;
  }
}
