# Counts the window as closed, [t - window, t]: a request exactly `window` seconds old still counts.
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
        while log and log[0][0] < t - self.window:
            _, old = log.popleft()
            del ordered[bisect.bisect_left(ordered, old)]
        if not ordered:
            return [0, None]
        n = len(ordered)
        return [n, ordered[(95 * n + 99) // 100 - 1]]
