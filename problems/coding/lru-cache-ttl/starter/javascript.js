class TTLCache {
  constructor(capacity) {
    this.capacity = capacity;
  }

  get(key, t) {
    // The value if key has an entry that has not expired at t (and mark it most recently used).
    return null;
  }

  put(key, value, ttl, t) {
    // Store the entry; return the key evicted to make room, or null.
    return null;
  }

  size(t) {
    // The number of entries that have not expired at t.
    return 0;
  }
}
