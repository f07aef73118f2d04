class RateLimiter {
  constructor(limit, window) {
    this.limit = limit;
    this.window = window;
    this.logs = new Map();
  }

  allow(user, t) {
    let log = this.logs.get(user);
    if (!log) {
      log = { times: [], head: 0 };
      this.logs.set(user, log);
    }
    while (log.head < log.times.length && log.times[log.head] <= t - this.window) log.head++;
    if (log.times.length - log.head < this.limit) {
      log.times.push(t);
      return true;
    }
    return false;
  }
}
