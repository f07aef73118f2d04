class FixedWindowLimiter {
  constructor(limit, window) {
    this.limit = limit;
    this.window = window;
  }

  allow(user, t) {
    // Record the request and return true if the user has room in window Math.floor(t / window).
    return true;
  }

  retry_after(user, t) {
    // 0 if a request at t would be allowed, else the seconds until the next window starts.
    return 0;
  }
}
