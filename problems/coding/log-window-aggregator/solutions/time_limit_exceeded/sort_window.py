# Correct, but sorts every latency in the window on each stats call.
from collections import defaultdict, deque


class LogAggregator:
    def __init__(self, window):
        self.window = window
        self.logs = defaultdict(deque)

    def record(self, endpoint, t, latency_ms):
        self.logs[endpoint].append((t, latency_ms))

    def stats(self, endpoint, t):
        log = self.logs[endpoint]
        while log and log[0][0] <= t - self.window:
            log.popleft()
        if not log:
            return [0, None]
        latencies = sorted(latency for _, latency in log)
        rank = -(-95 * len(latencies) // 100)
        return [len(latencies), latencies[rank - 1]]
