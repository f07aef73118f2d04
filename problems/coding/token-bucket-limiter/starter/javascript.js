class TokenBucket {
  constructor(capacity, rate) {
    this.capacity = capacity;
    this.rate = rate; // tokens per second; t is in milliseconds
  }

  allow(user, t, cost) {
    // Refill up to t, then take cost tokens and return true if the bucket holds enough.
    return true;
  }

  available(user, t) {
    // Refill up to t and return the whole tokens in the bucket.
    return this.capacity;
  }
}
