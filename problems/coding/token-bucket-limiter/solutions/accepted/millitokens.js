class TokenBucket {
  constructor(capacity, rate) {
    this.full = capacity * 1000; // thousandths of a token
    this.rate = rate; // tokens per second = thousandths per millisecond
    this.buckets = new Map(); // user -> { milli, last }
  }

  refill(user, t) {
    let b = this.buckets.get(user);
    if (!b) {
      b = { milli: this.full, last: t };
      this.buckets.set(user, b);
    } else {
      // At most 10^12 + 10^6 * 10^9: exact in a double.
      b.milli = Math.min(this.full, b.milli + this.rate * (t - b.last));
      b.last = t;
    }
    return b;
  }

  allow(user, t, cost) {
    const b = this.refill(user, t);
    if (b.milli >= cost * 1000) {
      b.milli -= cost * 1000;
      return true;
    }
    return false;
  }

  available(user, t) {
    return Math.floor(this.refill(user, t).milli / 1000);
  }
}
