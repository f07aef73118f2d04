class RateLimiter {
  constructor(limit, window) {
    this.limit = limit;
    this.window = window;
  }

  allow(user, t) {
    // Return true and record the request if the user has room in (t - window, t].
    return true;
  }
}
